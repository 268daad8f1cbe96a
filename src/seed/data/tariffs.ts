import type { SeedTariff } from '../types'

/**
 * Helfo tariffs that opened video and telephone consultations from March 2020 onwards, plus a few
 * related ones. A tariff is published only when both its code and its start date are confirmed in the sources.
 */

const HELFO_LEGER = 'https://helfo-helsenett-xpqa.enonic.cloud/korona/enklere-med-telefon-og-e-konsultasjoner-for-fastleger'
const MANUELL = 'https://manuell.no/hjem/?Article=268'
const LOGOPED =
  'https://www.helsedirektoratet.no/rundskriv/kapittel-5-stonad-ved-helsetjenester/vedlegg-1-til--5-10-honorartakster-for-undersokelse-behandling-logoped-audiopedagog'

export const tariffs: SeedTariff[] = [
  // --- Leger ---------------------------------------------------------------------------------------------
  {
    code: '2ae',
    title: {
      nb: 'E-konsultasjon med tekst eller video, utvidet til telefon og legevakt',
      nn: 'E-konsultasjon med tekst eller video, utvida til telefon og legevakt',
      en: 'E-consultation by text or video, extended to telephone and out-of-hours services',
    },
    description: {
      nb: 'Taksten for e-konsultasjon hos fastlegen gjaldt fra før for tekst og video. Fra 16. mars 2020 kunne den også brukes for samtaler på telefon og ved legevakt. Den midlertidige utvidelsen skulle først vare til 1. september 2020, men ble forlenget, og takster merket COV2 kunne brukes på telefon eller video fram til 1. juli 2021. Ifølge en leverandør var honoraret for 2ae 170 kroner i takståret 2020/21. Alle koronatilpasningene i legetariffen ble fjernet 1. juli 2022.',
      en: 'The GP e-consultation tariff already covered text and video. From 16 March 2020 it could also be used for telephone calls and at out-of-hours services. The temporary extension first ran to 1 September 2020 and was later prolonged.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-03-16',
    effectiveTo: '2020-09-01',
    sourceUrl: HELFO_LEGER,
    publish: true,
  },
  {
    code: '2ae + 2ck/2dk',
    title: {
      nb: 'E-konsultasjon kombinert med kveldstillegg og tillegg for spesialist i allmennmedisin',
      en: 'E-consultation combined with the evening supplement and the general practice specialist supplement',
    },
    description: {
      nb: 'Fra 16. mars 2020 kunne e-konsultasjonstaksten 2ae kombineres med tidstillegget 2ck for kveldsarbeid og med 2dk, som er tillegget for spesialister i allmennmedisin. Kombinasjonen var ment for situasjoner der utbruddet gjorde det nødvendig å arbeide etter klokken 16.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-03-16',
    effectiveTo: '2020-09-01',
    sourceUrl: HELFO_LEGER,
    publish: true,
  },
  {
    code: 'Merknad D1',
    title: {
      nb: 'Kveldstakster ved nødvendig arbeid etter klokken 16',
      en: 'Evening tariffs when work after 4 pm is needed',
    },
    description: {
      nb: 'Fra 16. mars 2020 åpnet merknad D1 for at legene kunne bruke kveldstakstene når utbruddet gjorde det nødvendig å jobbe etter klokken 16.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-03-16',
    sourceUrl: HELFO_LEGER,
    publish: true,
  },
  {
    code: '3',
    title: {
      nb: 'Konsultasjon hos spesialist, også på telefon og som e-konsultasjon',
      en: 'Specialist consultation, also by telephone and as an e-consultation',
    },
    description: {
      nb: 'Under utbruddet kunne avtalespesialister bruke takst 3 når konsultasjonen foregikk på telefon eller som e-konsultasjon. Endringen gjaldt fra 16. mars 2020.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-03-16',
    effectiveTo: '2020-09-01',
    sourceUrl: HELFO_LEGER,
    publish: true,
  },
  {
    code: '3ad/3bd/3c/4a1/4b1/4e',
    title: {
      nb: 'Spesialisttakster åpnet for telefon og e-konsultasjon, uansett diagnose',
      en: 'Specialist tariffs by telephone and e-consultation regardless of diagnosis',
    },
    description: {
      nb: 'I en senere utvidelse ble disse spesialisttakstene åpnet for telefon og e-konsultasjon uten krav til diagnose. Samtidig falt kravet om behandlingsansvar bort for bruk av 2ae.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-03-23',
    sourceUrl: 'https://www.helfo.no/korona/enklere-med-telefon-og-e-konsultasjoner-for-fastleger',
    publish: false,
    reviewNote:
      'Kodene er bekreftet, men datoen 23. mars 2020 er antatt ut fra at utvidelsene kom da. Sjekk start- og sluttdato hos Helfo.',
  },
  {
    code: 'Fakturagebyr',
    title: {
      nb: 'Ikke fakturagebyr ved video- og telefonkonsultasjon',
      en: 'No invoice fee for video and telephone consultations',
    },
    description: {
      nb: 'Pasienter skulle ikke få fakturagebyr når konsultasjonen foregikk på video eller telefon. Regelen er ikke en egen takstkode, men en betingelse for bruken av takstene.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-03-01',
    sourceUrl: HELFO_LEGER,
    publish: false,
    reviewNote:
      'Kilden oppgir bare «mars 2020», så datoen er satt til den første i måneden. Regelen har heller ingen takstkode. Finn riktig dato, og vurder om den bør stå som merknad i stedet for som takst.',
  },
  {
    code: 'Risikokartlegging (kode ukjent)',
    title: {
      nb: 'Systematisk risikokartlegging og flere kombinasjoner med e-konsultasjon',
      en: 'Systematic risk mapping and more combinations with e-consultation',
    },
    description: {
      nb: 'Fra 6. april 2020 fikk fastlegene en ny takst for å kartlegge og følge opp sårbare pasienter på listen. Samtidig kom flere kombinasjoner med e-konsultasjon, mulighet til å delegere oppgaver til hjelpepersonell, og takster for video eller e-konsultasjon mellom fastlegen og kommunalt helsepersonell eller ambulansetjenesten.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-04-06',
    effectiveTo: '2020-09-01',
    sourceUrl:
      'https://www.helsedirektoratet.no/nyheter/nye-takstendringer-legger-til-rette-for-malrettet-oppfolging-av-alle-pasienter-pa-fastlegenes-liste',
    publish: false,
    reviewNote: 'Takstkoden er ikke funnet i kildene. Finn koden i Normaltariffen og erstatt plassholderen.',
  },
  {
    code: '2aek',
    title: {
      nb: 'E-konsultasjon på kveld og i helg',
      nn: 'E-konsultasjon på kveld og i helg',
      en: 'E-consultation in the evening and at weekends',
    },
    description: {
      nb: 'Taksten ble innført i april 2020 for e-konsultasjon hos fastlege og på legevakt utenom dagtid. Den ble først forlenget til 1. november 2020 og deretter til 30. juni 2021, og fra 1. juli 2021 ble den en fast takst. Ifølge en leverandør var honoraret 304 kroner i takståret 2020/21.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-04-01',
    sourceUrl: 'https://www.helsedirektoratet.no/statistikk/statistikk-om-allmennlegetjenester/e-konsultasjoner-kveldstid',
    publish: false,
    reviewNote:
      'Kilden oppgir bare «april 2020», så startdatoen er satt til 1. april. Finn den nøyaktige datoen hos Helfo før publisering.',
  },
  {
    code: 'COV2',
    title: {
      nb: 'COV2-merkede takster kan brukes på telefon eller video',
      en: 'Tariffs marked COV2 may be used by telephone or video',
    },
    description: {
      nb: 'I Normaltariffen for 2020/21 var takster som kunne brukes ved telefon- eller videokonsultasjon, merket COV2. Merkingen gjaldt fram til 1. juli 2021.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-07-01',
    effectiveTo: '2021-07-01',
    sourceUrl: 'https://normaltariffen.legeforeningen.no',
    publish: false,
    reviewNote:
      'COV2 er en merking, ikke en takstkode, og startdatoen er antatt å være starten på takståret 2020/21. Sjekk datoen, og vurder om merkingen bør stå som egen takst.',
  },
  {
    code: '624a-b',
    title: {
      nb: 'Takst 624a og 624b kan brukes ved videokonsultasjon',
      en: 'Tariffs 624a and 624b may be used for video consultations',
    },
    description: {
      nb: 'Fra 1. november 2020 kunne takstene 624a og 624b også brukes når konsultasjonen foregikk på video. Opplysningen kommer fra en leverandør av videoløsninger; se Normaltariffen for hva takstene dekker.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2020-11-01',
    sourceUrl: 'https://confrere.com/no/use-cases/physicians/remuneration',
    publish: true,
  },
  {
    code: '2ad/2ak/1ad/1bd',
    title: {
      nb: 'Vanlige grunntakster for konsultasjon og enkel kontakt',
      en: 'Ordinary base tariffs for consultations and simple contacts',
    },
    description: {
      nb: 'Dette er faste takster som ikke kom som følge av pandemien: 2ad er konsultasjon hos allmennlege på dagtid og 2ak på kveldstid, 1ad er enkel kontakt ved oppmøte på dagtid, og 1bd er enkel kontakt per brev, telefon eller elektronisk melding på dagtid.',
    },
    categories: ['leger'],
    professions: ['lege'],
    effectiveFrom: '2019-06-27',
    sourceUrl: 'https://normaltariffen.legeforeningen.no',
    publish: false,
    reviewNote:
      'Datoen er en plassholder (datoen for takstforskriften 27. juni 2019), fordi kildene ikke sier når takstene trådte i kraft. Vurder også om grunntakstene hører hjemme i tabellen over video- og telefontakster.',
  },

  // --- Psykologer ---------------------------------------------------------------------------------------
  {
    code: 'alle (10a-f, 11-19, 20-takster m.fl.)',
    title: {
      nb: 'Alle psykologtakster åpnet for telefon, video og andre digitale kanaler',
      nn: 'Alle psykologtakstar opna for telefon, video og andre digitale kanalar',
      en: 'All psychologist tariffs opened for telephone, video and other digital channels',
    },
    description: {
      nb: 'En midlertidig forskrift fra 23. mars 2020 gjorde at psykologer kunne bruke alle takstene sine ved konsultasjon på telefon, video eller andre digitale kanaler. Det gjaldt også nevropsykologisk utredning, gruppe- og familieterapi og spesialisterklæringer til NAV. Psykologen trengte ikke lenger å sitte på sitt faste kontor under videokonsultasjonen. Ordningen skulle vare til 1. september 2020 og ble forlenget til 1. november 2020.',
      en: 'A temporary regulation from 23 March 2020 let psychologists use all their tariffs by telephone, video or other digital means, and they no longer had to work from their usual office. It was extended from 1 September to 1 November 2020.',
    },
    categories: ['psykologer-psykiatere'],
    professions: ['psykolog'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2020-11-01',
    sourceUrl: 'https://www.psykologforeningen.no/foreningen/aktuelt/aktuelt/midlertidige-takster-forlenges',
    publish: true,
  },
  {
    code: '22a/22b',
    title: {
      nb: 'Psykoterapi i én time eller en halv time, også på telefon',
      en: 'Psychotherapy for one hour or half an hour, also by telephone',
    },
    description: {
      nb: 'Før koronaendringene var 22a og 22b de eneste psykologtakstene som kunne brukes når samtalen foregikk på telefon.',
    },
    categories: ['psykologer-psykiatere'],
    professions: ['psykolog'],
    effectiveFrom: '2020-01-01',
    sourceUrl:
      'https://www.psykologforeningen.no/foreningen/aktuelt/aktuelt/informasjon-om-takstbruk-avbestilling-og-gruppeterapi',
    publish: false,
    reviewNote:
      'Kildene sier ikke når takstene ble tatt i bruk, bare at de gjaldt før 23. mars 2020. Datoen 1. januar 2020 er en plassholder som må rettes.',
  },
  {
    code: '26',
    title: {
      nb: 'Kort samtale med psykolog, inntil 15 minutter',
      en: 'Short call with a psychologist, up to 15 minutes',
    },
    description: {
      nb: 'Takst 26 brukes for korte samtaler på inntil 15 minutter.',
    },
    categories: ['psykologer-psykiatere'],
    professions: ['psykolog'],
    effectiveFrom: '2020-01-01',
    publish: false,
    reviewNote:
      'Kildene oppgir ingen dato for taksten, så 1. januar 2020 er en plassholder. Sjekk dato og om taksten gjelder for telefon eller video.',
  },
  {
    code: '33a/33b',
    title: {
      nb: 'Samarbeidsmøte på telefon eller video',
      en: 'Collaboration meeting by telephone or video',
    },
    description: {
      nb: 'Fra 1. juli 2021 kan psykologer bruke taksten for samarbeidsmøte også når møtet holdes på telefon eller video. Samtidig ble det et krav at e-konsultasjoner skal være avtalt på forhånd.',
    },
    categories: ['psykologer-psykiatere'],
    professions: ['psykolog'],
    effectiveFrom: '2021-07-01',
    publish: true,
  },

  // --- Fysio- og manuellterapeuter ---------------------------------------------------------------------
  {
    code: 'B1a',
    title: {
      nb: 'Videokonsultasjon hos fysioterapeut',
      nn: 'Videokonsultasjon hos fysioterapeut',
      en: 'Video consultation with a physiotherapist',
    },
    description: {
      nb: 'Taksten kom i et nytt punkt B om videokonsultasjon i kapittel II i forskriften for fysioterapeuter, og gjaldt fra 23. mars 2020. Videoløsningen må oppfylle Normen. Oppfølging på telefon er tillatt, og det er inkludert å sende pasienten et tilpasset treningsprogram på e-post når pasienten har samtykket på forhånd. Det skal ikke tas fakturagebyr. Honoraret var 160 kroner, med 123 kroner i egenandel. Ordningen skulle først gjelde til 1. september 2020 og ble forlenget til 1. juli 2021.',
      en: 'New video consultation tariff for physiotherapists from 23 March 2020. The video service must comply with Normen, and no invoice fee may be charged. First valid to 1 September 2020, later extended to 1 July 2021.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['fysioterapeut'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2021-07-01',
    sourceUrl: 'https://www.helfo.no/korona/fysioterapeuter-kan-na-ta-i-bruk-videokonsultasjoner',
    publish: true,
  },
  {
    code: 'B1b',
    title: {
      nb: 'Tillegg for videobehandling som varer mer enn 20 minutter',
      en: 'Supplement for video treatment lasting more than 20 minutes',
    },
    description: {
      nb: 'Tillegg til B1a for hvert påbegynte tiende minutt når videobehandlingen varer lenger enn 20 minutter. Samme vilkår som for B1a gjelder, også forlengelsen fra 1. september 2020 til 1. juli 2021.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['fysioterapeut'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2021-07-01',
    sourceUrl: MANUELL,
    publish: true,
  },
  {
    code: 'B2a-b, B3a-b',
    title: {
      nb: 'Andre videotakster for behandling',
      en: 'Other video tariffs for treatment',
    },
    description: {
      nb: 'Kodene står i merknad B1 sammen med de øvrige videotakstene fra 23. mars 2020. Hva de dekker, er ikke beskrevet i kildene.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['fysioterapeut', 'manuellterapeut'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2021-07-01',
    sourceUrl: 'https://www.fysioterapi.org/aktuelt-nyheter/forskrift-om-endring-takster-for-videokonsultasjon-opprettet',
    publish: false,
    reviewNote:
      'Kodene og datoen er bekreftet, men innholdet og hvilke yrker takstene gjelder for, er antatt (trolig manuell- og psykomotorisk terapi). Sjekk i forskriften og skriv en presis tittel før publisering.',
  },
  {
    code: 'B0a/B0c',
    title: {
      nb: 'Undersøkelse på video, inntil 30 minutter, med tillegg for lengre tid',
      en: 'Examination by video, up to 30 minutes, with a supplement for longer',
    },
    description: {
      nb: 'Fra 21. april 2020 kunne fysioterapeuter undersøke pasienten på video. B0a dekker inntil 30 minutter (309 kroner), og B0c er tillegget når undersøkelsen varer lenger (150 kroner). B0a og A1a kan til sammen ikke brukes mer enn fire ganger i året for samme sykdom.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['fysioterapeut'],
    effectiveFrom: '2020-04-21',
    effectiveTo: '2021-07-01',
    sourceUrl: MANUELL,
    publish: true,
  },
  {
    code: 'B0d/B0f',
    title: {
      nb: 'Undersøkelse på video for terapeuter som kan bruke takst A8, A9 eller A2k',
      en: 'Video examination for therapists who may bill tariffs A8, A9 or A2k',
    },
    description: {
      nb: 'Fra 21. april 2020 kunne manuellterapeuter, psykomotoriske fysioterapeuter og spesialister med rett til A8, A9 eller A2k undersøke pasienten på video. B0d gir 393 kroner, og B0f er tillegget ut over 30 minutter (185 kroner). Takstene kan brukes sammen med A1g og A1h.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['manuellterapeut', 'fysioterapeut'],
    effectiveFrom: '2020-04-21',
    effectiveTo: '2021-07-01',
    sourceUrl: MANUELL,
    publish: true,
  },

  // --- Logopeder og audiopedagoger ---------------------------------------------------------------------
  {
    code: 'A7a',
    title: {
      nb: 'Videokonsultasjon hos logoped eller audiopedagog, 45 minutter',
      en: 'Video consultation with a speech therapist or audiopedagogue, 45 minutes',
    },
    description: {
      nb: 'Takst for 45 minutters behandling på video, med honorar på 787 kroner i 2020. Videoløsningen må oppfylle Normen. Taksten gjaldt til 1. juli 2021 og ble deretter forlenget; én praksis oppgir 31. desember 2021 som ny sluttdato.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['logoped', 'audiopedagog'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2021-07-01',
    sourceUrl: LOGOPED,
    publish: true,
  },
  {
    code: 'A7b',
    title: {
      nb: 'Videokonsultasjon hos logoped eller audiopedagog, 60 minutter',
      en: 'Video consultation with a speech therapist or audiopedagogue, 60 minutes',
    },
    description: {
      nb: 'Takst for en times behandling på video, med honorar på 1043 kroner i 2020. Videoløsningen må oppfylle Normen. Sluttdatoen 1. juli 2021 ble senere forlenget.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['logoped', 'audiopedagog'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2021-07-01',
    sourceUrl: LOGOPED,
    publish: true,
  },
  {
    code: 'A7c',
    title: {
      nb: 'Veiledning av pårørende eller personell på telefon eller video, 15 minutter',
      en: 'Guidance for relatives or staff by telephone or video, 15 minutes',
    },
    description: {
      nb: 'Logopeder og audiopedagoger kan veilede pårørende eller personell som følger opp pasienten, på telefon eller video i 15 minutter. Taksten kan gjentas én gang og ga 261 kroner i 2020.',
    },
    categories: ['fysio-manuell-logoped'],
    professions: ['logoped', 'audiopedagog'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2021-07-01',
    sourceUrl: LOGOPED,
    publish: true,
  },

  // --- Kiropraktorer og jordmødre ----------------------------------------------------------------------
  {
    code: 'K5',
    title: {
      nb: 'Telefonkonsultasjon hos kiropraktor',
      en: 'Telephone consultation with a chiropractor',
    },
    description: {
      nb: 'Midlertidig takst fra 23. mars 2020. Samtalen må gi pasienten konkrete råd som journalføres, og taksten kan ikke brukes for administrative samtaler. Den ble forlenget fra 1. september til 1. november 2020 og videreført med presiseringer i forskriften fra 1. juli 2021.',
    },
    categories: [],
    professions: ['kiropraktor'],
    effectiveFrom: '2020-03-23',
    effectiveTo: '2020-11-01',
    sourceUrl: 'https://www.kiropraktikk.no/Aktuelt/Nyheter/midlertidige-k5-og-k6-takstene-forlenges-til-1.-november',
    publish: true,
  },
  {
    code: 'K6',
    title: {
      nb: 'Videokonsultasjon hos kiropraktor',
      nn: 'Videokonsultasjon hos kiropraktor',
      en: 'Video consultation with a chiropractor',
    },
    description: {
      nb: 'Midlertidig takst fra 23. mars 2020, først til 1. september og så til 1. november 2020. Fra 1. juli 2021 ble taksten fast.',
    },
    categories: [],
    professions: ['kiropraktor'],
    effectiveFrom: '2020-03-23',
    sourceUrl: 'https://www.helfo.no/regelverk-og-takster/overordnet-regelverk/regelverk-for-kiropraktor',
    publish: true,
  },
  {
    code: '1b/1c',
    title: {
      nb: 'Svangerskapskontroll og prevensjonsveiledning på video eller telefon',
      en: 'Pregnancy check-up and contraception guidance by video or telephone',
    },
    description: {
      nb: 'Den 22. mars 2020 kunngjorde Jordmorforbundet at også jordmødre skulle få bruke utvidede takster for telefon og video, slik legene hadde fått. I dag kan 1b (svangerskapskontroll) og 1c (prevensjonsveiledning) brukes når video- eller telefonkonsultasjonen er avtalt på forhånd.',
    },
    categories: [],
    professions: ['jordmor'],
    effectiveFrom: '2020-03-23',
    sourceUrl: 'https://www.nsf.no/vis-artikkel/4919956/10505/Jordmodre-faar-utvidet-takst-for-telefon--og-videokonsultasjon',
    publish: false,
    reviewNote:
      'Det er ikke bekreftet at det var 1b og 1c som ble åpnet i mars 2020, og datoen 23. mars er antatt. Sjekk koder og dato hos Helfo.',
  },
]
