import type { BodyPart, CategoryKey, SeedArticle } from '../types'

const LAST_REVIEWED = '2026-11-01'
const NEXT_REVIEW = '2027-05-01'

/** The guide, which the seed makes the front page (settings.frontPage). */
export const GUIDE_SLUG = 'slik-kommer-du-i-gang-med-videokonsultasjon'
const PRACTICAL_SLUG = 'praktiske-rad-om-god-bruk-av-video'
const MINIMUM_SLUG = 'minimumskrav-til-generelle-videolosninger'
const NORMEN_SLUG = 'normen-og-videokonsultasjon'

const URL_MINIMUM = 'https://www.ehelse.no/aktuelt/minimumskrav-til-generelle-losninger-for-videosamtale'
const URL_FAKTAARK_54 = 'https://www.ehelse.no/normen/normen-dokumenter/videokonsultasjon-faktaark-54'
const URL_NHN_VIDEO = 'https://www.nhn.no/video/video-i-virtuelle-moeterom/'
const URL_MINISTRY = 'https://www.regjeringen.no/no/aktuelt/oppfordrer-helsetjenesten-til-a-bruke-videokonsultasjon/id2693883/'
const URL_KOM_I_GANG = 'https://www.ehelse.no/aktuelt/korona-kom-i-gang-med-videokonsultasjon'
const URL_REPORT_2018 = 'https://www.ehelse.no/aktuelt/ny-rapport-om-e-konsultasjon-hos-fastlege-og-legevakt'

/** The two vendor lists of one profession group, under the group's own headings. */
function vendorLists(category: CategoryKey, epjHeading: string, standaloneHeading: string): BodyPart[] {
  return [
    `### ${epjHeading}`,
    { block: 'vendorList', category, solutionType: 'epj-integrated' },
    `### ${standaloneHeading}`,
    { block: 'vendorList', category, solutionType: 'standalone' },
  ]
}

const nbLists = (category: CategoryKey) =>
  vendorLists(category, 'EPJ-løsninger med integrert video', 'Frittstående videoløsninger')
const nnLists = (category: CategoryKey) =>
  vendorLists(category, 'EPJ-løysingar med integrert video', 'Frittståande videoløysingar')
const enLists = (category: CategoryKey) =>
  vendorLists(category, 'Patient record systems with integrated video', 'Standalone video solutions')

// ------------------------------------------------------------------------------------------------------
// The main guide, bokmål
// ------------------------------------------------------------------------------------------------------
const guideNb: BodyPart[] = [
  `## Direktoratets hovedråd

Det tryggeste utgangspunktet når du skal ta imot pasienter på video, er en løsning som andre i helse- og omsorgssektoren allerede bruker. Det er direktoratets viktigste råd. Slike løsninger er laget for samtaler mellom behandler og pasient, og du slipper å vurdere et helt ukjent verktøy på egen hånd.

Ansvaret for å kontrollere at leverandøren oppfyller kravene til personvern og informasjonssikkerhet, ligger likevel hos deg som behandler. En nyttig pekepinn er om leverandøren er tilknyttet Helsenettet. En leverandør som er det, er forpliktet til å etterleve Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren, til vanlig kalt Normen.`,

  `## Løsninger for ulike helsepersonellgrupper

For å gjøre valget enklere har vi samlet videoløsninger som helsetjenesten allerede bruker, sortert etter faggruppe. Noen er bygget inn i journalsystemet (EPJ), mens andre er frittstående tjenester du bruker ved siden av journalen.

Har du funnet en løsning som passer, er neste steg å kontakte leverandøren, som kan hjelpe deg med oppsettet. Leverandøren av journalsystemet ditt kan også gi råd om hvilken videoløsning som passer. Hos enkelte leverandører kan du dessuten få kobling mot Helsenorge, hjelp til å bruke en frittstående videotjeneste eller en større pasientplattform der video er med.`,
  {
    block: 'note',
    title: 'Merk',
    text: 'Oversikten er laget for å gjøre det lettere å komme i gang med video, og den er ikke nødvendigvis komplett. At en løsning er med, betyr ikke at direktoratet har godkjent eller anbefaler den.',
  },

  `## Leger

Fastleger, legevakter og avtalespesialister kan velge mellom journalsystemer med egen videomodul og videotjenester som brukes ved siden av journalen.`,
  ...nbLists('leger'),

  `## Psykologer og psykiatere

Samtaler og terapi egner seg ofte godt for video. Her er løsninger som brukes av psykologer og psykiatere.`,
  ...nbLists('psykologer-psykiatere'),

  `## Fysio- og manuellterapeuter og logopeder

Veiledning, øvelser og oppfølging kan i mange tilfeller flyttes over på video. Fysioterapeutforbundet har rådet medlemmene til å spørre journalleverandøren om en løsning på sikkerhetsnivå 4, og har pekt på at Norsk helsenett tilbyr en gratis videoløsning.`,
  ...nbLists('fysio-manuell-logoped'),

  `## Spesialisthelsetjenesten

Sykehus og helseforetak bruker ofte felles løsninger i regionen, videorom fra Norsk helsenett eller innkalling til videotime gjennom Helsenorge. For å få videotime via Helsenorge må pasienten ha gitt samtykke til full tilgang der. Løsningene nedenfor er også i bruk enkelte steder i spesialisthelsetjenesten.`,
  ...nbLists('spesialisthelsetjenesten'),

  `## Kommuner

Kommuner som vil ta i bruk video i helse- og omsorgstjenestene, kan støtte seg på veiledningen fra Nasjonalt velferdsteknologiprogram, som Helsedirektoratet, Direktoratet for e-helse og KS står bak. Veiledningen finner du på nettsidene til KS. Virksomheter som er medlemmer i Helsenettet, har i tillegg tilgang til videotjenestene fra Norsk helsenett.`,
  ...nbLists('kommuner'),

  `## Praktiske råd om god bruk av video

Hvordan legger du opp arbeidsdagen og kontoret når mye av pasientkontakten skjer på skjerm? Hva gjør en videosamtale god, og hvordan ivaretar du personvernet? Svarene finner du i en egen artikkel med praktiske råd, blant de relaterte artiklene.`,

  `## Informasjonssikkerhet og personvern ved videokonsultasjoner

Normen er bransjenormen for informasjonssikkerhet og personvern i helse- og omsorgssektoren. Den bygger på helselovgivningen og personvernregelverket. Virksomheter som kobler seg til Helsenettet, blir bundet av Normen gjennom avtalen med Norsk helsenett, og de skal stille de samme kravene til sine leverandører, som regel i databehandleravtalen.

Før virksomheten tilbyr planlagte videokonsultasjoner, må den ha dokumentert hvilke sikkerhetstiltak som er på plass. Bruker dere en ekstern leverandør, skal leverandøren dokumentere sin del, og dere skal inngå en databehandleravtale. Ledelsen har ansvaret. Les mer i [Normens faktaark 54 om videokonsultasjon](${URL_FAKTAARK_54}) og i den relaterte artikkelen om Normen og videokonsultasjon.

Normen anbefaler også at all behandling av helseopplysninger blir risikovurdert, og at virksomheten gjør en vurdering av personvernkonsekvenser (DPIA) når den innfører en ny videoløsning.`,

  `## Minimumskrav til generelle videoløsninger

Det beste valget er alltid en løsning som er laget for videokonsultasjon i helsetjenesten. Mangler du en slik løsning, kan det i en periode være riktig å bruke en enkel og sikker generell videotjeneste, for eksempel når smittevern eller mange ekstra konsultasjoner gjør det nødvendig. Det skal bare være en midlertidig ordning. Du må fortsatt vurdere om helsehjelpen blir forsvarlig på video, og taushetsplikten gjelder som vanlig.

Direktoratet har satt opp disse minimumskravene for generelle videoløsninger:

1. **Kryptering:** Samtalen skal være kryptert. Helseopplysninger som forlater virksomhetens kontroll, skal krypteres, og krypteringen skal skje på godkjent utstyr som virksomheten kontrollerer, eventuelt gjennom en avtale.
2. **Identifisering:** Pasienten skal identifiseres entydig. En manuell rutine kan brukes som en nødløsning.
3. **Synlige deltakere:** Åpner løsningen for samtaler med flere enn to, skal alle som deltar, være synlige.
4. **Forpliktelse til personvernforordningen:** Leverandøren skal forplikte seg til å følge GDPR, enten som databehandler eller som behandlingsansvarlig. Er leverandøren databehandler, må dere inngå en databehandleravtale.
5. **Innebygd personvern:** Løsningen skal ha personvern bygget inn, slik at virksomheten kan oppfylle pliktene sine etter personvernforordningen.

Les mer i den relaterte artikkelen om minimumskrav, eller i [direktoratets opprinnelige råd om generelle videoløsninger](${URL_MINIMUM}).`,

  `## Risiko- og sårbarhetsanalyse fra Norsk helsenett

Norsk helsenett har gjort en overordnet risikovurdering av bruk av video, som direktoratet viste til i den første utgaven av denne veiledningen. Selskapet gjør også løpende risiko- og sårbarhetsanalyser av sin egen videotjeneste, og medlemmer kan be kundesenteret om å få dem. Se [Norsk helsenetts sider om video](${URL_NHN_VIDEO}).`,

  `## Informasjon til pasienten

Gi pasienten denne informasjonen før videokonsultasjonen:

- Det er frivillig å ta imot helsehjelp på video. Kobler pasienten seg til samtalen, regnes det som samtykke til å få helsehjelpen på denne måten.
- Leverandøren av videoløsningen får bare de kontaktopplysningene som trengs for å sette opp samtalen.
- Behandleren skriver det som er relevant fra samtalen, inn i journalen, akkurat som etter et vanlig besøk.
- Samtalen er kryptert og blir ikke lagret.
- Pasienten bør sitte et sted der ingen andre kan høre med, og kan bli bedt om å vise legitimasjon foran kameraet.`,

  `## Nye takster for video- og telefonkonsultasjon

Under koronautbruddet i 2020 ble takstene for video- og telefonkonsultasjon endret i flere omganger. Legene fikk de første endringene 16. mars, slik at det ble enklere å bruke video og telefon, og flere utvidelser kom 23. mars.

Fra 23. mars fikk også fysioterapeuter, logopeder, audiopedagoger, kiropraktorer og jordmødre nye takster for video og telefon, og psykologene kunne nå bruke alle takstene sine også når konsultasjonen foregikk digitalt.

Senere kom flere endringer. Fra 6. april fikk fastlegene takster for systematisk oppfølging av sårbare pasienter på listen, i april kom en egen takst for e-konsultasjon på kveld og i helg, og fra 21. april kunne fysioterapeuter også undersøke pasienter på video. Flere av ordningene ble forlenget, og noen ble varige: e-konsultasjon på kveld og i helg og videokonsultasjon hos kiropraktor ble faste takster fra 1. juli 2021. De midlertidige koronatilpasningene i legenes takster ble fjernet 1. juli 2022.

Tabellen viser takstene med datoene de gjaldt fra og til. Helfo har oppdatert informasjon om takstene for hver behandlergruppe.`,
  { block: 'tariffTable', includeExpired: true },

  `## For leverandører av videoløsninger

Norsk helsenett, som har ansvaret for Helsenorge, vil gjerne ha flere leverandører som gir pasientene videokonsultasjon gjennom helsenorge.no. Slik kan innbyggerne bruke samme inngang til videotimer, uansett hvilken løsning behandleren har valgt.`,
  {
    block: 'contactBox',
    title: 'Vil du tilby video via Helsenorge?',
    text: 'Leverandører som vurderer å tilby videokonsultasjon via helsenorge.no, kan få mer informasjon om krav og samarbeidsformer fra Norsk helsenett.',
    linkLabel: 'Kontakt Norsk helsenett',
    href: 'https://www.nhn.no',
  },

  `## Les også

- [Departementet oppfordrer helsetjenesten til å bruke videokonsultasjon](${URL_MINISTRY}) (regjeringen.no, mars 2020)
- [Kom i gang med videokonsultasjon](${URL_KOM_I_GANG}), den første nyhetssaken fra Direktoratet for e-helse om video under koronautbruddet
- De relaterte artiklene om praktiske råd, minimumskrav og Normen

Direktoratet samlet også innspill til digitale verktøy som kunne hjelpe under krisen, i det som ble kalt koronaporteføljen. Den omfattet alle slags digitale tiltak, og video var bare ett av dem.`,

  `## Forskning og rapporter

Helsedirektoratet og Direktoratet for e-helse ga i 2018 ut rapporten [«E-konsultasjon hos fastlege og legevakt»](${URL_REPORT_2018}). Hos Nasjonalt senter for e-helseforskning finner du dessuten en oversikt over relevante studier. Her er et utvalg rapporter og studier om video og digital kontakt i helsetjenesten.`,
  { block: 'researchList' },
]

// ------------------------------------------------------------------------------------------------------
// The main guide, nynorsk
// ------------------------------------------------------------------------------------------------------
const guideNn: BodyPart[] = [
  `## Hovudrådet frå direktoratet

Det tryggaste utgangspunktet når du skal ta imot pasientar på video, er ei løysing som andre i helse- og omsorgssektoren alt bruker. Det er det viktigaste rådet frå direktoratet.

Ansvaret for å kontrollere at leverandøren oppfyller krava til personvern og informasjonstryggleik, ligg likevel hos deg som behandlar. Ein leverandør som er knytt til Helsenettet, er forplikta til å etterleve Normen.`,

  `## Løysingar for ulike grupper helsepersonell

Vi har samla videoløysingar som helsetenesta alt bruker, sorterte etter faggruppe. Nokre er bygde inn i journalsystemet (EPJ), medan andre er frittståande tenester. Ta kontakt med leverandøren for å kome i gang, eller spør leverandøren av journalsystemet ditt om råd.`,
  {
    block: 'note',
    title: 'Merk',
    text: 'Oversikta er laga for å gjere det lettare å kome i gang med video, og ho er ikkje nødvendigvis fullstendig. At ei løysing er med, tyder ikkje at direktoratet har godkjent eller tilrår henne.',
  },

  `## Legar

Fastlegar, legevakter og avtalespesialistar kan velje mellom journalsystem med eigen videomodul og videotenester som blir brukte ved sida av journalen.`,
  ...nnLists('leger'),

  `## Psykologar og psykiatrar

Samtalar og terapi eignar seg ofte godt for video. Her er løysingar som psykologar og psykiatrar bruker.`,
  ...nnLists('psykologer-psykiatere'),

  `## Fysio- og manuellterapeutar og logopedar

Rettleiing, øvingar og oppfølging kan i mange tilfelle flyttast over på video. Norsk helsenett tilbyr òg ei gratis videoløysing.`,
  ...nnLists('fysio-manuell-logoped'),

  `## Spesialisthelsetenesta

Sjukehus og helseføretak bruker ofte felles løysingar i regionen, videorom frå Norsk helsenett eller innkalling til videotime gjennom Helsenorge. Løysingane nedanfor er òg i bruk somme stader i spesialisthelsetenesta.`,
  ...nnLists('spesialisthelsetjenesten'),

  `## Kommunar

Kommunar som vil ta i bruk video, kan støtte seg på rettleiinga frå Nasjonalt velferdsteknologiprogram, som du finn på nettsidene til KS. Medlemmer i Helsenettet har i tillegg tilgang til videotenestene frå Norsk helsenett.`,
  ...nnLists('kommuner'),

  `## Praktiske råd om god bruk av video

Vi har samla råd om korleis du kan organisere arbeidsdagen og kontoret, kva som gjer ein videosamtale god, og korleis du tek vare på personvernet. Du finn dei i ein eigen artikkel blant dei relaterte artiklane.`,

  `## Informasjonstryggleik og personvern ved videokonsultasjonar

Verksemder som er knytte til Helsenettet, er bundne av Normen gjennom avtalen med Norsk helsenett. Før verksemda tilbyr planlagde videokonsultasjonar, må ho ha dokumentert tryggingstiltaka sine og inngått databehandlaravtale med ein eventuell ekstern leverandør. Sjå [faktaark 54 i Normen](${URL_FAKTAARK_54}).`,

  `## Minimumskrav til generelle videoløysingar

Ei løysing som er laga for helsetenesta, er alltid det beste valet. Ei generell videoløysing kan berre brukast mellombels, og ho må oppfylle desse krava:

1. **Kryptering:** Samtalen skal vere kryptert.
2. **Identifisering:** Pasienten skal identifiserast eintydig.
3. **Synlege deltakarar:** Alle som er med i samtalen, skal vere synlege.
4. **Plikt etter personvernforordninga:** Leverandøren skal forplikte seg til å følgje GDPR, og som databehandlar må han ha ein databehandlaravtale.
5. **Innebygd personvern:** Løysinga skal ha personvern bygd inn.`,

  `## Risiko- og sårbarheitsanalyse frå Norsk helsenett

Norsk helsenett har gjort ei overordna risikovurdering av videobruk og gjer løpande analysar av si eiga videoteneste. Sjå [sidene til Norsk helsenett om video](${URL_NHN_VIDEO}).`,

  `## Informasjon til pasienten

- Det er frivillig å ta imot helsehjelp på video, og å kople seg til samtalen reknast som samtykke.
- Leverandøren får berre dei kontaktopplysningane som trengst for å setje opp samtalen.
- Det som er relevant, blir skrive i journalen som etter eit vanleg besøk.
- Samtalen er kryptert og blir ikkje lagra.
- Pasienten bør sitje ein stad der ingen andre høyrer på, og kan bli beden om å vise legitimasjon i kameraet.`,

  `## Nye takstar for video- og telefonkonsultasjon

Legane fekk nye takstar for video og telefon 16. mars 2020 og fleire utvidingar 23. mars. Frå 23. mars fekk òg fysioterapeutar, logopedar, audiopedagogar, kiropraktorar, jordmødrer og psykologar nye eller utvida takstar. Seinare kom fleire endringar, og nokre av takstane vart faste frå 1. juli 2021.`,
  { block: 'tariffTable', includeExpired: true },

  `## For leverandørar av videoløysingar

Norsk helsenett, som har ansvaret for Helsenorge, vil gjerne ha fleire leverandørar som gir pasientane videokonsultasjon gjennom helsenorge.no. Slik kan innbyggjarane bruke same inngang til videotimar.`,
  {
    block: 'contactBox',
    title: 'Vil du tilby video via Helsenorge?',
    text: 'Leverandørar som vurderer å tilby videokonsultasjon via helsenorge.no, kan få meir informasjon om krav og samarbeidsformer frå Norsk helsenett.',
    linkLabel: 'Kontakt Norsk helsenett',
    href: 'https://www.nhn.no',
  },

  `## Les også

- [Departementet oppmodar helsetenesta til å bruke videokonsultasjon](${URL_MINISTRY}) (regjeringen.no, mars 2020)
- [Kom i gang med videokonsultasjon](${URL_KOM_I_GANG}) (Direktoratet for e-helse, mars 2020)`,

  `## Forsking og rapportar

Her er eit utval rapportar og studiar om video og digital kontakt i helsetenesta.`,
  { block: 'researchList' },
]

// ------------------------------------------------------------------------------------------------------
// The main guide, English
// ------------------------------------------------------------------------------------------------------
const guideEn: BodyPart[] = [
  `## The directorate's main advice

The safest starting point for seeing patients by video is a solution that others in the Norwegian health and care sector already use. That is the directorate's main advice.

Checking that the vendor meets the requirements for privacy and information security is still your responsibility as the clinician. Vendors connected to the Norwegian Health Network (Helsenettet) have committed to following the Code of Conduct for information security and data protection in the health and care sector, known as Normen.`,

  `## Solutions for different groups of health personnel

We have gathered video solutions that the health service already uses, sorted by profession group. Some are built into the patient record system (EPJ), while others are standalone services. Contact the vendor to get started, or ask your record system vendor for advice.`,
  {
    block: 'note',
    title: 'Note',
    text: 'The overview is meant to make it easier to get started with video and is not necessarily complete. Being listed does not mean that the directorate has approved or recommends a solution.',
  },

  `## Doctors

GPs, out-of-hours services and contracted specialists can choose between record systems with a video module and video services used alongside the record.`,
  ...enLists('leger'),

  `## Psychologists and psychiatrists

Conversations and therapy often work well by video. These are solutions used by psychologists and psychiatrists.`,
  ...enLists('psykologer-psykiatere'),

  `## Physiotherapists, manual therapists and speech therapists

Guidance, exercises and follow-up can often move to video. Norsk helsenett also offers a free video service.`,
  ...enLists('fysio-manuell-logoped'),

  `## Specialist health service

Hospitals and health trusts often use shared regional services, video rooms from Norsk helsenett, or video appointments booked through Helsenorge. Parts of the specialist health service also use the solutions below.`,
  ...enLists('spesialisthelsetjenesten'),

  `## Municipalities

Municipalities that want to introduce video can use the guide from the National Welfare Technology Programme, available on the KS website. Members of the Norwegian Health Network also have access to the video services from Norsk helsenett.`,
  ...enLists('kommuner'),

  `## Practical advice on using video well

We have gathered advice on organising your working day and office, on what makes a good video consultation, and on protecting privacy. You will find it in a separate article among the related articles.`,

  `## Information security and privacy in video consultations

Organisations connected to the Norwegian Health Network are bound by Normen through their agreement with Norsk helsenett. Before offering planned video consultations, the organisation has to have its safeguards written down, and any outside vendor needs a signed data processing agreement. See [Normen fact sheet 54](${URL_FAKTAARK_54}) (in Norwegian).`,

  `## Minimum requirements for general video tools

A solution made for the health service is always the best choice. A general video tool may only be used temporarily, and it must meet these requirements:

1. **Encryption:** Nobody outside the call should be able to read or hear it, so it has to be encrypted.
2. **Identification:** You have to know for certain which patient you are talking to.
3. **Visible participants:** In calls with several people, each of them has to appear on screen.
4. **GDPR commitment:** The vendor has to sign up to the GDPR as a processor or a controller; as a processor, it needs a data processing agreement with you.
5. **Privacy by design:** Data protection has to be part of how the solution is built.`,

  `## Risk and vulnerability analysis from Norsk helsenett

Norsk helsenett has carried out an overall risk assessment of video use and runs ongoing analyses of its own video service. See [Norsk helsenett's pages on video](${URL_NHN_VIDEO}) (in Norwegian).`,

  `## Information for the patient

- Nobody has to accept care by video; by joining, the patient agrees to receive care this way.
- The vendor gets no more contact details than it takes to connect the call.
- The clinician writes up what matters in the patient record, as after any other appointment.
- The conversation is protected by encryption, and no recording is kept.
- Patients should sit somewhere they cannot be overheard, and the clinician may ask them to hold up identification.`,

  `## New tariffs for video and telephone consultations

Doctors got new tariffs for video and telephone on 16 March 2020, with further extensions on 23 March. From 23 March, physiotherapists, speech therapists, audiopedagogues, chiropractors, midwives and psychologists also got new or extended tariffs. More changes followed, and some tariffs became permanent from 1 July 2021.`,
  { block: 'tariffTable', includeExpired: true },

  `## For vendors of video solutions

Norsk helsenett, which is responsible for Helsenorge, would like more vendors to offer video consultations through helsenorge.no, so that citizens can use one entry point for video appointments.`,
  {
    block: 'contactBox',
    title: 'Want to offer video through Helsenorge?',
    text: 'Vendors considering offering video consultations through helsenorge.no can get more information about requirements and forms of cooperation from Norsk helsenett.',
    linkLabel: 'Contact Norsk helsenett',
    href: 'https://www.nhn.no',
  },

  `## Read also

- [Ministry calls on the health service to adopt video consultations](${URL_MINISTRY}) (regjeringen.no, March 2020, in Norwegian)
- [Getting started with video consultation](${URL_KOM_I_GANG}) (Norwegian Directorate of eHealth, March 2020, in Norwegian)`,

  `## Research and reports

A selection of reports and studies on video and digital contact in the health service.`,
  { block: 'researchList' },
]

// ------------------------------------------------------------------------------------------------------
// Related article: practical advice
// ------------------------------------------------------------------------------------------------------
const practicalNb: BodyPart[] = [
  `## Vurder om video passer

Før du tilbyr en videotime, må du vurdere om helsehjelpen kan gis forsvarlig på video. Taushetsplikten gjelder akkurat som ved oppmøte. Erfaringer fra fastleger våren 2020 tyder på at video fungerer best når du kjenner pasienten fra før, eller når timen er en oppfølging.`,

  `## Organiser timeboken

- Lag en egen timetype eller egne tider for video, så det er tydelig for både kontoret og pasienten hvilke timer som foregår på skjerm.
- Støtter journalsystemet det, kan pasienten bestille videotime på Helsenorge.
- Bruk det digitale venterommet hvis løsningen har et, slik at pasienten venter til du slipper vedkommende inn.
- Avtal på forhånd at du ringer pasienten hvis forbindelsen blir brutt.`,

  `## Rommet og utstyret

- Sitt i et rom der ingen andre kan høre samtalen eller se skjermen.
- Test kamera, mikrofon og nettforbindelse før den første samtalen.
- Sørg for godt lys i ansiktet og en rolig bakgrunn.`,

  `## Under samtalen

- Bekreft hvem du snakker med. Pasienter du ikke kjenner, skal identifiseres sikkert, for eksempel med BankID eller ved at de viser legitimasjon foran kameraet.
- Spør om pasienten sitter et sted der ingen andre hører med.
- Unngå å dele helseopplysninger i chatten hvis du ikke vet hvordan løsningen lagrer dem.
- Oppsummer til slutt hva som skal skje videre.`,

  `## Etter samtalen

Skriv det som er relevant, inn i journalen slik du ville gjort etter et vanlig besøk, og bruk riktig takst for videokonsultasjon.`,

  `## Personvern og sikkerhet

Kontroller at løsningen du bruker, oppfyller kravene til personvern og informasjonssikkerhet. Les mer i artiklene om minimumskrav og om Normen.`,
]

const practicalNn: BodyPart[] = [
  `## Vurder om video passar

Du må vurdere om helsehjelpa kan givast forsvarleg på video. Teieplikta gjeld som ved oppmøte, og video fungerer ofte best når du kjenner pasienten frå før.`,
  `## Organiser timeboka

Lag ein eigen timetype for video, bruk det digitale venterommet om løysinga har eit, og avtal at du ringjer pasienten om sambandet blir brote.`,
  `## Rommet og utstyret

Sit i eit rom der ingen andre kan høyre samtalen, og test kamera, mikrofon og nettsamband før første samtale.`,
  `## Under samtalen

Stadfest kven du snakkar med, og spør om pasienten sit ein stad der ingen andre høyrer på.`,
  `## Etter samtalen

Skriv det som er relevant, i journalen som etter eit vanleg besøk.`,
  `## Personvern og tryggleik

Kontroller at løysinga oppfyller krava til personvern og informasjonstryggleik.`,
]

const practicalEn: BodyPart[] = [
  `## Consider whether video is suitable

You must judge whether care can be given safely and adequately by video. Confidentiality applies as in person, and video often works best with patients you already know.`,
  `## Organise your appointment book

Create a separate appointment type for video, use the digital waiting room if the service has one, and agree to phone the patient if the connection drops.`,
  `## The room and the equipment

Sit in a room where nobody else can hear the call, and test the camera, microphone and connection before your first consultation.`,
  `## During the call

Confirm who you are talking to, and ask whether the patient is somewhere private.`,
  `## After the call

Record what is relevant in the patient record, as after an ordinary visit.`,
  `## Privacy and security

Check that the service meets the requirements for privacy and information security.`,
]

// ------------------------------------------------------------------------------------------------------
// Related article: minimum requirements
// ------------------------------------------------------------------------------------------------------
const minimumNb: BodyPart[] = [
  `## Når kan en generell løsning brukes?

Det første valget skal alltid være en videoløsning som er laget for helsetjenesten. Under koronautbruddet åpnet direktoratet for at virksomheter midlertidig kunne bruke enkle og sikre generelle videoløsninger når slike løsninger ikke var tilgjengelige. Begrunnelsen var smittevern og et stort behov for konsultasjoner.

Behandleren må fortsatt vurdere om helsehjelpen blir forsvarlig på video, og taushetsplikten gjelder uansett hvilket verktøy som brukes.`,

  `## De fem minimumskravene

1. **Kryptering:** Samtalen skal være kryptert. Helseopplysninger som sendes ut av virksomhetens kontroll, skal være kryptert. Kryptering og dekryptering mellom endepunktene i infrastrukturen skal skje på godkjent utstyr som virksomheten har kontroll over, og den kontrollen kan være sikret gjennom en avtale.
2. **Identifisering:** Pasienten skal identifiseres entydig. Inntil videre kan en manuell rutine brukes.
3. **Synlige deltakere:** Kan løsningen brukes til samtaler med flere deltakere, skal alle som er med, være synlige for hverandre.
4. **Forpliktelse til personvernforordningen:** Leverandøren skal forplikte seg til å følge GDPR, enten som databehandler eller som behandlingsansvarlig. Er leverandøren databehandler, kreves det en databehandleravtale.
5. **Innebygd personvern:** Løsningen skal oppfylle kravet i GDPR om innebygd personvern, slik at helsevirksomheten kan oppfylle sine egne plikter.`,

  `## Andre forhold du bør vurdere

Direktoratets liste hadde flere punkter enn de fem over. Før du tar i bruk en generell løsning, er det lurt å sjekke om samtaler blir tatt opp eller lagret, hvor dataene lagres, og hvordan chatfunksjonen håndterer opplysninger. Normen anbefaler at all behandling av helseopplysninger blir risikovurdert, og at virksomheten gjør en vurdering av personvernkonsekvenser når den innfører en ny videoløsning. [Normens faktaark 54](${URL_FAKTAARK_54}) beskriver hva som må være dokumentert før planlagte videokonsultasjoner.`,

  `## Helsenettet og tjenester på internett

Helsenettet har strenge sikkerhetsregler, mens de fleste videotjenester leveres over internett. Norsk helsenett kan åpne for bestemte tjenester i Helsenettet når sikkerheten deres er vurdert som god nok.

Les [direktoratets opprinnelige råd om generelle videoløsninger](${URL_MINIMUM}).`,
]

const minimumNn: BodyPart[] = [
  `## Når kan ei generell løysing brukast?

Ei løysing laga for helsetenesta skal alltid vere førstevalet. Ei generell løysing kan berre brukast mellombels, og behandlaren må framleis vurdere om helsehjelpa blir forsvarleg.`,
  `## Dei fem minimumskrava

1. **Kryptering:** Samtalen og helseopplysningar som forlèt verksemda, skal vere krypterte.
2. **Identifisering:** Pasienten skal identifiserast eintydig.
3. **Synlege deltakarar:** Alle som er med i samtalen, skal vere synlege.
4. **Plikt etter personvernforordninga:** Leverandøren skal forplikte seg til å følgje GDPR, og ein databehandlar treng databehandlaravtale.
5. **Innebygd personvern:** Løysinga skal ha personvern bygd inn.`,
  `## Andre forhold du bør vurdere

Sjekk om samtalar blir tekne opp eller lagra, og gjer ei risikovurdering før du tek i bruk ei ny løysing.`,
  `## Helsenettet og tenester på internett

Norsk helsenett kan opne for bestemte tenester i Helsenettet når tryggleiken er vurdert som god nok.`,
]

const minimumEn: BodyPart[] = [
  `## When may a general tool be used?

A solution made for the health service should always be the first choice. A general tool may only be used temporarily, and the clinician must still judge whether care by video is adequate.`,
  `## The five minimum requirements

1. **Encryption:** Both the call and any health information that passes outside the organisation's own systems have to be encrypted.
2. **Identification:** There must be no doubt about who the patient is; a manual check will do for a while.
3. **Visible participants:** If more than two people can join, every one of them has to appear on screen.
4. **GDPR commitment:** The vendor has to accept GDPR obligations, and if it processes data on your behalf you need a data processing agreement.
5. **Privacy by design:** Data protection has to be built into the solution so that the organisation is able to fulfil its GDPR obligations.`,
  `## Other things to consider

Check whether calls are recorded or stored, and carry out a risk assessment before introducing a new solution.`,
  `## The Health Network and internet services

Once Norsk helsenett is satisfied with a service's security, it can let that service into the Health Network.`,
]

// ------------------------------------------------------------------------------------------------------
// Related article: Normen
// ------------------------------------------------------------------------------------------------------
const normenNb: BodyPart[] = [
  `## Hva er Normen?

Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren, kalt Normen, er en bransjenorm. Den bygger på helselovgivningen og personvernregelverket, og det meste av innholdet gjenspeiler krav som uansett følger av loven. På noen punkter går Normen lenger enn loven. Gjeldende versjon er Normen 6.0.`,

  `## Hvem er bundet av Normen?

Normen er ikke bindende i seg selv. En virksomhet blir bundet av den gjennom avtalen den inngår når den kobler seg til Helsenettet. Virksomheter som er bundet av Normen, skal stille de samme kravene til leverandørene sine, som regel gjennom databehandleravtalen.

En leverandør som verken er tilknyttet Helsenettet eller har avtale som binder den til Normen, er strengt tatt ikke forpliktet til å følge den. I praksis krever likevel kundene i helsesektoren det.`,

  `## Ingen leverandør er «godkjent av Normen»

Det finnes ingen godkjenningsordning under Normen. Når en leverandør omtales som «godkjent av NHN», betyr det som regel bare at den er tilknyttet Helsenettet og dermed har plikt til å følge Normen. Som behandler må du derfor selv sjekke at løsningen oppfyller kravene.`,

  `## Hva betyr Normen for video?

Leverandører beskriver gjerne disse konsekvensene for videokonsultasjon:

- Pasienter du ikke kjenner fra før, skal identifiseres på høyeste sikkerhetsnivå, for eksempel med BankID.
- Helsepersonell skal logge inn på en sikker måte.
- Samtalen skal være kryptert fra ende til ende.

Virksomheten skal dessuten ha dokumentert sikkerhetstiltakene sine før den tilbyr planlagte videokonsultasjoner. Se [Normens faktaark 54 om videokonsultasjon](${URL_FAKTAARK_54}).`,

  `## Hvem står bak?

Normen forvaltes av en styringsgruppe med representanter fra blant andre KS, Legeforeningen, Tannlegeforeningen, Norsk Sykepleierforbund, Apotekforeningen, Farmaceutisk forening, de regionale helseforetakene, Norsk helsenett og Helsedirektoratet. Sekretariatet lå hos Direktoratet for e-helse fra 2016. Etter at direktoratet ble en del av Helsedirektoratet i 2024, finnes Normen på Helsedirektoratets nettsider.`,
]

const normenNn: BodyPart[] = [
  `## Kva er Normen?

Normen er ei bransjenorm for informasjonstryggleik og personvern i helse- og omsorgssektoren. Ho byggjer på helselovgivinga og personvernregelverket. Gjeldande versjon er Normen 6.0.`,
  `## Kven er bunden av Normen?

Ei verksemd blir bunden av Normen gjennom avtalen ho inngår når ho koplar seg til Helsenettet, og ho skal stille dei same krava til leverandørane sine.`,
  `## Ingen leverandør er «godkjend av Normen»

Det finst inga godkjenningsordning. «Godkjend av NHN» tyder som regel berre at leverandøren er knytt til Helsenettet.`,
  `## Kva tyder Normen for video?

Ukjende pasientar skal identifiserast på høgaste tryggingsnivå, helsepersonell skal logge inn sikkert, og samtalen skal vere kryptert frå ende til ende.`,
  `## Kven står bak?

Normen blir forvalta av ei styringsgruppe med representantar frå mellom anna KS, profesjonsforeiningane, dei regionale helseføretaka, Norsk helsenett og Helsedirektoratet.`,
]

const normenEn: BodyPart[] = [
  `## What is Normen?

Normen is an industry code of conduct for information security and data protection in the health and care sector. It builds on health legislation and data protection law. Version 6.0 is the one in force today.`,
  `## Who is bound by Normen?

An organisation becomes bound by Normen through the agreement it signs when it connects to the Norwegian Health Network, and it has to demand the same of the vendors it uses.`,
  `## There is no Normen approval for vendors

There is no approval scheme. "Approved by NHN" usually just means that the vendor is connected to the Health Network.`,
  `## What does Normen mean for video?

Patients not known to the clinician must be identified at the highest assurance level, health personnel must log in securely, and calls must be end-to-end encrypted.`,
  `## Who is behind it?

Normen is managed by a steering group with members from KS, professional associations, the regional health authorities, Norsk helsenett and the Directorate of Health, among others.`,
]

export const articles: SeedArticle[] = [
  {
    slug: {
      nb: GUIDE_SLUG,
      nn: 'slik-kjem-du-i-gang-med-videokonsultasjon',
      en: 'how-to-get-started-with-video-consultation',
    },
    title: {
      nb: 'Slik kommer du i gang med videokonsultasjon',
      nn: 'Slik kjem du i gang med videokonsultasjon',
      en: 'How to get started with video consultation',
    },
    lead: {
      nb: 'Denne veiledningen hjelper deg som er helsepersonell med å ta i bruk video i pasientbehandlingen. Du finner løsninger som allerede brukes i helsetjenesten, kravene til personvern og informasjonssikkerhet, hva pasienten bør få vite, og hvilke takster som gjelder.',
      nn: 'Denne rettleiinga hjelper deg som er helsepersonell med å ta i bruk video i pasientbehandlinga. Du finn løysingar som alt er i bruk i helsetenesta, krava til personvern og informasjonstryggleik, kva pasienten bør få vite, og kva takstar som gjeld.',
      en: 'This guide helps health personnel start using video in patient care. It covers solutions the health service already relies on, the requirements for privacy and information security, what patients should be told, and which tariffs apply.',
    },
    seo: {
      title: { nb: 'Slik kommer du i gang med videokonsultasjon' },
      description: {
        nb: 'Veiledning for helsepersonell: velg en trygg videoløsning, se løsninger per faggruppe, krav til personvern og takster for video og telefon.',
      },
    },
    body: { nb: guideNb, nn: guideNn, en: guideEn },
    related: [PRACTICAL_SLUG, MINIMUM_SLUG, NORMEN_SLUG],
    lastReviewedAt: LAST_REVIEWED,
    nextReviewAt: NEXT_REVIEW,
    publish: true,
  },
  {
    slug: {
      nb: PRACTICAL_SLUG,
      nn: 'praktiske-rad-om-god-bruk-av-video',
      en: 'practical-advice-on-using-video-well',
    },
    title: {
      nb: 'Praktiske råd om god bruk av video',
      nn: 'Praktiske råd om god bruk av video',
      en: 'Practical advice on using video well',
    },
    lead: {
      nb: 'En god videokonsultasjon krever litt forberedelse. Her er råd om timebok, rom, utstyr og selve samtalen.',
      nn: 'Ein god videokonsultasjon krev litt førebuing. Her er råd om timebok, rom, utstyr og sjølve samtalen.',
      en: 'A good video consultation takes some preparation. Here is advice on booking, the room, equipment and the call itself.',
    },
    seo: {
      title: { nb: 'Praktiske råd om god bruk av video i helsetjenesten' },
      description: {
        nb: 'Råd til helsepersonell om timebok, digitalt venterom, rom, utstyr og journalføring ved videokonsultasjon.',
      },
    },
    body: { nb: practicalNb, nn: practicalNn, en: practicalEn },
    related: [GUIDE_SLUG, MINIMUM_SLUG],
    lastReviewedAt: LAST_REVIEWED,
    nextReviewAt: NEXT_REVIEW,
    publish: true,
  },
  {
    slug: {
      nb: MINIMUM_SLUG,
      nn: 'minimumskrav-til-generelle-videoloysingar',
      en: 'minimum-requirements-for-general-video-tools',
    },
    title: {
      nb: 'Minimumskrav til generelle videoløsninger',
      nn: 'Minimumskrav til generelle videoløysingar',
      en: 'Minimum requirements for general video tools',
    },
    lead: {
      nb: 'Når en løsning laget for helsetjenesten ikke er tilgjengelig, kan en generell videoløsning brukes for en periode. Den må da oppfylle fem minimumskrav.',
      nn: 'Når ei løysing laga for helsetenesta ikkje er tilgjengeleg, kan ei generell videoløysing brukast ei tid. Ho må då oppfylle fem minimumskrav.',
      en: 'When no solution made for the health service is available, a general video tool may be used for a limited period. It must then meet five minimum requirements.',
    },
    seo: {
      title: { nb: 'Minimumskrav til generelle videoløsninger' },
      description: {
        nb: 'Fem krav en generell videoløsning må oppfylle før den brukes midlertidig i helsetjenesten: kryptering, identifisering, synlighet, GDPR og personvern.',
      },
    },
    body: { nb: minimumNb, nn: minimumNn, en: minimumEn },
    related: [GUIDE_SLUG, NORMEN_SLUG],
    lastReviewedAt: LAST_REVIEWED,
    nextReviewAt: NEXT_REVIEW,
    publish: true,
  },
  {
    slug: {
      nb: NORMEN_SLUG,
      nn: 'normen-og-videokonsultasjon',
      en: 'normen-and-video-consultation',
    },
    title: {
      nb: 'Normen og videokonsultasjon',
      nn: 'Normen og videokonsultasjon',
      en: 'Normen and video consultation',
    },
    lead: {
      nb: 'Normen er bransjenormen for informasjonssikkerhet og personvern i helse- og omsorgssektoren. Her forklarer vi hvem den binder, og hva den betyr når du bruker video.',
      nn: 'Normen er bransjenorma for informasjonstryggleik og personvern i helse- og omsorgssektoren. Her forklarer vi kven ho bind, og kva ho tyder når du bruker video.',
      en: 'Normen is the industry code for information security and data protection in the health and care sector. This article explains whom it binds and what it means for video.',
    },
    seo: {
      title: { nb: 'Normen og videokonsultasjon' },
      description: {
        nb: 'Hva Normen er, hvem som er bundet av den, og hva den krever av identifisering, innlogging og kryptering ved videokonsultasjon.',
      },
    },
    body: { nb: normenNb, nn: normenNn, en: normenEn },
    related: [GUIDE_SLUG, MINIMUM_SLUG],
    lastReviewedAt: LAST_REVIEWED,
    nextReviewAt: NEXT_REVIEW,
    publish: true,
  },
]
