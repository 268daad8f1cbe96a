import type { SeedResearchLink } from '../types'

/**
 * Research, reports and background pages. Published when title and URL are confirmed. Three items whose
 * only known address is a third-party document-sharing site are kept as drafts until an editor finds the
 * publisher's own copy.
 */
export const researchLinks: SeedResearchLink[] = [
  {
    title: 'E-konsultasjon hos fastlege og legevakt',
    publisher: 'Helsedirektoratet og Direktoratet for e-helse',
    year: 2018,
    url: 'https://www.ehelse.no/aktuelt/ny-rapport-om-e-konsultasjon-hos-fastlege-og-legevakt',
    kind: 'report',
    summary: {
      nb: 'Felles utredning fra de to direktoratene, laget på oppdrag fra Helse- og omsorgsdepartementet. Rapporten ser på konsultasjon med tekst og video i fastlegeordningen og ser i tillegg til norske erfaringer også til Sverige, Danmark og England. Ifølge rapporten krever det lite tilpasning å begynne med video. Forfatterne foreslår økonomiske insentiver for å få legene i gang og ser Helsenorge som den felles inngangen for innbyggerne.',
      nn: 'Felles utgreiing frå dei to direktorata, laga på oppdrag frå Helse- og omsorgsdepartementet. Rapporten ser på konsultasjon med tekst og video i fastlegeordninga og konkluderer med at video kan takast i bruk utan store tilpassingar.',
      en: 'Joint report by the two directorates, commissioned by the Ministry of Health and Care Services, on text and video consultations with GPs. It concludes that video can be adopted without major adjustments and points to Helsenorge as a shared entry point.',
    },
    publish: true,
  },
  {
    title: 'E-konsultasjon hos fastlege og legevakt – sammendrag',
    publisher: 'Nasjonalt senter for e-helseforskning',
    url: 'https://ehealthresearch.no/rapporter/andre/e-konsultasjon-hos-fastlege-og-legevakt',
    kind: 'report',
    summary: {
      nb: 'Kort omtale av den samme rapporten. Høsten 2018 utgjorde e-konsultasjoner litt over to prosent av konsultasjonene hos fastlegene. Video kan brukes uten særskilt tilrettelegging, og den tekniske kompleksiteten ble vurdert som lav.',
      nn: 'Kort omtale av den same rapporten. Hausten 2018 utgjorde e-konsultasjonar litt over to prosent av konsultasjonane hos fastlegane.',
      en: 'Short summary of the same report. In autumn 2018, e-consultations made up just over two per cent of GP consultations, and the technical complexity of video was judged to be low.',
    },
    publish: true,
  },
  {
    title: 'E-konsultasjon og triage hos fastlege (IS-2867)',
    publisher: 'Helsedirektoratet',
    year: 2019,
    url: 'https://vdocuments.pub/e-konsultasjon-og-triage-hos-fastlege.html',
    kind: 'report',
    summary: {
      nb: 'Helsedirektoratet ser her nærmere på digital triage, altså verktøy som hjelper legekontoret med å vurdere hvor raskt og på hvilken måte pasienthenvendelser bør følges opp. Rapporten anbefaler å teste dette i et pilotprosjekt.',
      en: 'Follow-up report on digital tools that help GP practices sort and prioritise patient enquiries, proposing a pilot.',
    },
    // The only known copy is on a third-party document-sharing site; find Helsedirektoratet's own copy first.
    publish: false,
  },
  {
    title: 'Bruk av e-konsultasjon mellom pasient og fastlege (faktaark 03-2018)',
    publisher: 'Nasjonalt senter for e-helseforskning',
    year: 2018,
    url: 'https://ehealthresearch.no/en/fact-sheets/bruk-av-e-konsultasjon-mellom-pasient-og-fastlege',
    kind: 'report',
    summary: {
      nb: 'Basert på Helfo-data for 2016 og 2017 viser faktaarket en jevn vekst i e-konsultasjoner gjennom Helsenorge, i takt med at stadig flere fastlegekontor åpnet for dem.',
      nn: 'Faktaarket byggjer på takstdata frå 2016 og 2017 og viser at e-konsultasjon via Helsenorge vart brukt stadig meir etter kvart som fleire legekontor tilbaud tenesta.',
      en: 'Based on tariff data from 2016 and 2017, the fact sheet shows steady growth in e-consultations through Helsenorge as more practices offered them.',
    },
    publish: true,
  },
  {
    title: 'Suitability of Video Consultations During the COVID-19 Pandemic Lockdown',
    publisher: 'Johnsen m.fl., JMIR',
    year: 2021,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7872327',
    kind: 'study',
    summary: {
      nb: 'Forskerne spurte 1237 fastleger i perioden fra midten av april til begynnelsen av mai 2020. Fire av fem leger som tilbød video, hadde ingen erfaring med det fra før. Legene vurderte nesten 3500 videokonsultasjoner, og rundt halvparten ble bedømt som like gode som eller bedre enn et fysisk møte. Video fungerte best når legen kjente pasienten eller konsultasjonen var en oppfølging.',
      nn: 'Spørjeundersøking blant 1237 fastlegar våren 2020. Rundt halvparten av videokonsultasjonane vart vurderte som like gode som eller betre enn eit fysisk møte, særleg når legen kjende pasienten frå før.',
      en: 'Survey of 1,237 GPs in spring 2020. Most had never used video before. Roughly half of the video consultations they assessed were judged to match or beat a face-to-face visit, especially with known patients and follow-ups.',
    },
    publish: true,
  },
  {
    title: 'General Practitioners’ Experiences With Potentials and Pitfalls of Video Consultations in Norway During the COVID-19 Lockdown',
    publisher: 'Norberg m.fl., JMIR',
    year: 2023,
    url: 'https://www.jmir.org/2023/1/e45812',
    kind: 'study',
    summary: {
      nb: 'Forskerne har gått gjennom kommentarene fastlegene skrev med egne ord i den samme undersøkelsen. De beskriver både hva legene så som styrker ved video under nedstengningen, og hvor det kunne gå galt.',
      nn: 'Analyse av fritekstsvara i den same spørjeundersøkinga, om kva fastlegane opplevde som moglegheiter og fallgruver ved video.',
      en: 'Analysis of the free-text answers from the same survey, describing what GPs saw as the opportunities and pitfalls of video.',
    },
    publish: true,
  },
  {
    title: 'Fastleger brukte video under pandemien (webinar)',
    publisher: 'Nasjonalt senter for e-helseforskning',
    year: 2021,
    url: 'https://ehealthresearch.no/en/news/2021/webinar-fastleger-pa-video-under-pandemien',
    kind: 'webpage',
    summary: {
      nb: 'I dette webinaret legger forskerne fram funn om hva slags plager og spørsmål fastlegene syntes egnet seg for konsultasjon på video.',
      nn: 'Opptak av eit webinar der forskarane legg fram kva slags problemstillingar fastlegane meinte passa for video.',
      en: 'Recording of a webinar where researchers present which kinds of problems GPs found suitable for video.',
    },
    publish: true,
  },
  {
    title: 'Preservation of Person-Centered Care Through Videoconferencing (PACT)',
    publisher: 'Silsand m.fl., JMIR Formative Research',
    url: 'https://www.readkong.com/page/preservation-of-person-centered-care-through-9545867',
    kind: 'study',
    summary: {
      nb: 'Studien følger et tverrfaglig behandlingsteam i Nord-Norge som måtte legge om til video da pandemien kom. Forskerne fant at teamet klarte å holde fast ved en personsentrert måte å jobbe på.',
      en: 'Case study of a multidisciplinary team in Northern Norway that moved quickly to video during the pandemic while keeping a person-centred way of working.',
    },
    // Third-party copy only; link the article on JMIR Formative Research instead before publishing.
    publish: false,
  },
  {
    title: 'Videokonsultasjon (Normen faktaark 54)',
    publisher: 'Direktoratet for e-helse / Normen',
    url: 'https://www.ehelse.no/normen/normen-dokumenter/videokonsultasjon-faktaark-54',
    kind: 'webpage',
    summary: {
      nb: 'Faktaark om hvilke sikkerhetstiltak virksomheten må ha dokumentert før den tilbyr planlagte videokonsultasjoner. Bruker virksomheten en ekstern leverandør, skal leverandøren dokumentere sin del, og partene skal inngå databehandleravtale.',
      nn: 'Faktaark om kva tryggingstiltak verksemda må ha dokumentert før ho tilbyr planlagde videokonsultasjonar, mellom anna databehandlaravtale med leverandøren.',
      en: 'Fact sheet listing the safeguards that have to be documented before planned video consultations start, including a data processing agreement with any outside vendor.',
    },
    publish: true,
  },
  {
    title: 'Korona: Minimumskrav til generelle løsninger for videosamtale',
    publisher: 'Direktoratet for e-helse',
    year: 2020,
    url: 'https://www.ehelse.no/aktuelt/minimumskrav-til-generelle-losninger-for-videosamtale',
    kind: 'webpage',
    summary: {
      nb: 'Minstekrav som gjaldt midlertidig når en løsning laget for helsetjenesten ikke var tilgjengelig: samtalen må være kryptert, pasienten må identifiseres sikkert, alle deltakere må være synlige, leverandøren må forplikte seg til personvernforordningen, og løsningen må ha innebygd personvern.',
      nn: 'Mellombelse minstekrav når ei løysing laga for helsetenesta ikkje var tilgjengeleg: kryptering, sikker identifisering, synlege deltakarar, GDPR-plikt og innebygd personvern.',
      en: 'Temporary minimum requirements for when no health-specific solution was available: encryption, reliable identification, visible participants, a GDPR commitment and privacy by design.',
    },
    publish: true,
  },
  {
    title: 'Praktiske råd til helsepersonell om god bruk av video',
    publisher: 'Direktoratet for e-helse',
    year: 2020,
    url: 'https://www.ehelse.no/aktuelt/praktiske-rad-til-helsepersonell-om-god-bruk-av-videkonsultasjon',
    kind: 'webpage',
    summary: {
      nb: 'Direktoratets tips til behandlere som flytter mye av pasientkontakten over på skjerm: planlegging av timeboken, bruk av digitale venterom og faste rutiner på kontoret.',
      nn: 'Råd om korleis ein praksis kan leggje opp timeboka, bruke digitale venterom og lage gode rutinar når mykje av pasientkontakten skjer på video.',
      en: 'Advice on planning the appointment book, using digital waiting rooms and setting up routines when much patient contact moves to video.',
    },
    publish: true,
  },
  {
    title: 'Digital modenhet ved norske fastlegekontor',
    publisher: 'Rambøll',
    year: 2018,
    url: 'https://dokumen.tips/documents/digital-modenhet-ved-norske-fastlegekontor-2018-11-09-digital-modenhet-ved-norske.html',
    kind: 'report',
    summary: {
      nb: 'Rambøll kartla hvor langt fastlegekontorene var kommet i å tilby digitale tjenester til pasientene, og hva kontorene selv opplevde som bremseklosser for sikre digitale løsninger.',
      en: 'Survey of how digitally accessible GP practices were and what they saw as barriers to adopting secure digital services.',
    },
    // Third-party copy only; find the commissioning directorate's own copy before publishing.
    publish: false,
  },
  {
    title: 'Videokonsultasjoner før, under og etter koronapandemien',
    publisher: 'Confrere',
    year: 2020,
    url: 'https://confrere.com/no/use-cases/physicians/report2020/',
    kind: 'report',
    summary: {
      nb: 'Confrere spurte selv fastleger om erfaringene med video, og de fleste som hadde prøvd, ville bruke det videre. Husk at undersøkelsen kommer fra et selskap som selger en videoløsning.',
      nn: 'Undersøking som leverandøren sjølv gjorde blant fastlegar. Eit klart fleirtal ville halde fram med video. Les resultata med tanke på at avsendaren sel ei videoløysing.',
      en: "The vendor's own survey of GPs; a clear majority of those who had tried video wanted to continue. Read it bearing in mind that the publisher sells a video service.",
    },
    publish: true,
  },
]
