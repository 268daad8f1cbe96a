import type { SeedVendor } from '../types'

/**
 * Video solutions from the reference data. A vendor is published only when its name, solution type and
 * profession groups are all confirmed there; everything else is a draft with a note for the editor.
 * Feature flags are true only where the reference data confirms them; attestations are 'yes' only where a
 * source records the vendor's own claim.
 */

/** The date the directorate's guide was last updated in 2020; used as the date of the recorded vendor claims. */
const GUIDE_UPDATED_2020 = '2020-03-18'

const noFeatures = { browserBased: false, helsenorgeIntegration: false, connectedToHelsenett: false }

export const vendors: SeedVendor[] = [
  // --- Leger ---------------------------------------------------------------------------------------------
  {
    slug: 'patientsky',
    name: 'PatientSky',
    company: 'EG Pasientsky',
    solutionType: 'epj-integrated',
    categories: ['leger'],
    shortDescription: {
      nb: 'Journal- og timeboksystem i skyen. Videomodulen startes rett fra nettleseren uten installasjon, og alt som kreves, er en nettforbindelse, et kamera og en mikrofon. Legekontoret ber leverandøren om å aktivere modulen og markerer deretter hvilke timetyper som skal gå på video.',
      nn: 'Journal- og timebokssystem i skya. Videomodulen startar rett frå nettlesaren utan installasjon, og alt som trengst, er nettsamband, kamera og mikrofon. Legekontoret ber leverandøren aktivere modulen og merkjer deretter kva timetypar som skal gå på video.',
      en: 'Cloud-based record and booking system. The video module starts straight from the browser with nothing to install; all you need is an internet connection, a camera and a microphone. The practice asks the vendor to activate the module and then marks which appointment types are held by video.',
    },
    website: 'https://www.pasientsky.no',
    features: { ...noFeatures, browserBased: true },
    attestations: {
      endToEndEncryption: { status: 'unknown' },
      participantsIdentified: { status: 'unknown' },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'unknown' },
    },
    publish: true,
  },
  {
    slug: 'pridok',
    name: 'Pridok',
    solutionType: 'epj-integrated',
    categories: ['leger'],
    shortDescription: {
      nb: 'Nettleserbasert journal for legekontor der brukerne logger inn med BankID eller Buypass. Video skjer gjennom Confrere, som er integrert i journalen, og systemet har også integrasjon med pasientappen Helseboka og med Helsenorge.',
      nn: 'Nettlesarbasert journal for legekontor der brukarane loggar inn med BankID eller Buypass. Video går gjennom Confrere, som er integrert i journalen, og systemet er òg integrert med pasientappen Helseboka og med Helsenorge.',
      en: 'Browser-based record system for medical practices, with login through BankID or Buypass. Video runs through Confrere, which is integrated into the record, and the system is also integrated with the Helseboka patient app and with Helsenorge.',
    },
    website: 'https://www.pridok.no',
    features: { ...noFeatures, browserBased: true, helsenorgeIntegration: true },
    attestations: {
      endToEndEncryption: { status: 'unknown' },
      participantsIdentified: { status: 'unknown' },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'unknown' },
    },
    publish: true,
  },
  {
    slug: 'confrere',
    name: 'Confrere',
    solutionType: 'standalone',
    categories: ['leger', 'psykologer-psykiatere', 'spesialisthelsetjenesten'],
    shortDescription: {
      nb: 'Videotjeneste fra et norsk selskap, utviklet for pasientsamtaler og brukt direkte i nettleseren. Pasient og behandler logger inn med BankID, og leverandøren opplyser at samtalene er ende-til-ende-kryptert. Tjenesten kan også nås via Helsenorge og er i bruk hos fastleger, psykologer og flere sykehus.',
      nn: 'Videoteneste frå eit norsk selskap, utvikla for pasientsamtalar og brukt direkte i nettlesaren. Pasient og behandlar loggar inn med BankID, og leverandøren opplyser at samtalane er ende-til-ende-krypterte. Tenesta kan òg nåast via Helsenorge og er i bruk hos fastlegar, psykologar og fleire sjukehus.',
      en: 'Video service from a Norwegian company, built for patient consultations and used directly in the browser. Patient and clinician log in with BankID, and the vendor states that calls are end-to-end encrypted. It can also be reached through Helsenorge and is used by GPs, psychologists and several hospitals.',
    },
    website: 'https://confrere.com',
    features: { ...noFeatures, browserBased: true, helsenorgeIntegration: true },
    attestations: {
      endToEndEncryption: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
      participantsIdentified: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
    },
    publish: true,
  },
  {
    slug: 'visiba-care',
    name: 'Visiba Care',
    solutionType: 'standalone',
    categories: ['leger'],
    shortDescription: {
      nb: 'Løsning for digitale pasientmøter som allerede var i bruk i primærhelsetjenesten da direktoratet laget veiledningen. Den kan også brukes fra Helsenorge.',
      nn: 'Løysing for digitale pasientmøte som alt var i bruk i primærhelsetenesta då direktoratet laga rettleiinga. Ho kan òg brukast frå Helsenorge.',
      en: 'A service for digital patient meetings that was already in use in primary care when the directorate wrote the guide. Patients can also reach it through Helsenorge.',
    },
    website: 'https://www.visibacare.com',
    features: { ...noFeatures, helsenorgeIntegration: true },
    attestations: {
      endToEndEncryption: { status: 'unknown' },
      participantsIdentified: { status: 'unknown' },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'unknown' },
    },
    publish: true,
  },
  {
    slug: 'helseboka',
    name: 'Helseboka',
    company: 'Helseapps AS',
    solutionType: 'standalone',
    categories: ['leger'],
    shortDescription: {
      nb: 'Tjeneste der behandler og pasient kan sende sikre meldinger og lagre helseopplysninger. Pasienten har en nettapp, og behandleren når tjenesten fra journalen eller via en egen app for helsepersonell. Pasienter og fastleger betaler ikke for å bruke den.',
    },
    website: 'https://helseboka.no',
    features: { ...noFeatures, browserBased: true },
    publish: false,
    reviewNote:
      'Kildene bekrefter bare at Helseboka er koblet til Pridok, ikke at den har egen videofunksjon. Sjekk om løsningen tilbyr video, og om den skal stå som frittstående løsning, før publisering.',
  },
  {
    slug: 'cgm-journal',
    name: 'CGM Journal (ePortal)',
    company: 'CompuGroup Medical Norway',
    solutionType: 'epj-integrated',
    categories: ['leger'],
    shortDescription: {
      nb: 'Utbredt journalsystem på legekontor. Selve journalen har ikke video, men med ePortal kan kontoret sette opp en timetype for video. Pasienten bestiller da videotime på Helsenorge, og samtalen foregår i en egen videotjeneste.',
    },
    website: 'https://www.cgm.com/no',
    features: { ...noFeatures, helsenorgeIntegration: true },
    publish: false,
    reviewNote:
      'Typen er usikker: CGM sier selv at video ikke er integrert i journalen og brukes frittstående. Avklar om oppføringen hører hjemme under EPJ-løsninger, og om CGM sto på direktoratets liste.',
  },
  {
    slug: 'infodoc-plenario',
    name: 'Infodoc Plenario',
    company: 'Infodoc AS',
    solutionType: 'epj-integrated',
    categories: ['leger'],
    shortDescription: {
      nb: 'Journalsystem for allmennlegekontor. Det er ikke bekreftet at systemet har egen videofunksjon.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Ingen kilde bekrefter navn, leverandør, videofunksjon eller faggruppe. Sjekk alle opplysningene med leverandøren før publisering.',
  },
  {
    slug: 'system-x',
    name: 'System X',
    solutionType: 'epj-integrated',
    categories: ['leger'],
    shortDescription: {
      nb: 'Plassholder for et journalsystem for legekontor. Verken leverandør eller videofunksjon er kjent.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Plassholder uten kilde: produktet og leverandøren er ikke identifisert. Finn ut om løsningen finnes, eller slett oppføringen.',
  },
  {
    slug: 'helserespons',
    name: 'HelseRespons',
    solutionType: 'standalone',
    categories: ['leger'],
    shortDescription: {
      nb: 'Tjeneste som lar legekontor og pasienter ha kontakt digitalt. Den er omtalt sammen med andre digitale tilbud for fastleger.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Det er ikke bekreftet at HelseRespons tilbyr video, og typen er gjettet. Sjekk videofunksjon, leverandør og nettsted før publisering.',
  },
  {
    slug: 'kry',
    name: 'Kry',
    solutionType: 'standalone',
    categories: ['leger'],
    shortDescription: {
      nb: 'Privat tjeneste der pasienten bruker en app til å bestille videotime hos en av tjenestens egne leger. Tjenesten er ikke et verktøy fastlegen kan bruke med egne pasienter.',
    },
    website: 'https://www.kry.no',
    features: noFeatures,
    publish: false,
    reviewNote:
      'Navn og type er bekreftet, men referansedataene sier at Kry trolig ikke sto på direktoratets liste, siden det er en privat legetjeneste og ikke et verktøy for behandlere. Vurder om oppføringen skal med i det hele tatt.',
  },

  // --- Psykologer og psykiatere -------------------------------------------------------------------------
  {
    slug: 'aspit-psykbase',
    name: 'Aspit Psykbase',
    company: 'Aspit AS',
    solutionType: 'epj-integrated',
    categories: ['psykologer-psykiatere'],
    shortDescription: {
      nb: 'Journal for psykologer og psykiatere der videotjenesten Aspit Meet følger med. Pasienten får en lenke, gir nettleseren lov til å bruke kamera og mikrofon og blir stående i et digitalt venterom til behandleren er klar. Confrere kan kobles til ved ønske.',
      nn: 'Journal for psykologar og psykiatrar der videotenesta Aspit Meet følgjer med. Pasienten får ei lenkje, gir nettlesaren lov til å bruke kamera og mikrofon og ventar på eit digitalt venterom til behandlaren er klar. Confrere kan koplast til ved ønske.',
      en: 'Record system for psychologists and psychiatrists that comes with the Aspit Meet video service. The patient gets a link, allows the browser to use camera and microphone, and waits in a digital waiting room until the clinician is ready. Confrere can be connected on request.',
    },
    website: 'https://www.aspit.no',
    features: { ...noFeatures, browserBased: true },
    attestations: {
      endToEndEncryption: { status: 'unknown' },
      participantsIdentified: { status: 'unknown' },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'unknown' },
    },
    publish: true,
  },
  {
    slug: 'whereby',
    name: 'Whereby',
    solutionType: 'standalone',
    categories: ['psykologer-psykiatere'],
    shortDescription: {
      nb: 'Videomøter som åpnes fra en lenke i nettleseren. Noen psykologtilbud har tatt tjenesten i bruk til terapi på nett.',
      nn: 'Videomøte som blir opna frå ei lenkje i nettlesaren. Nokre psykologtilbod har teke tenesta i bruk til terapi på nett.',
      en: 'Video meetings opened from a link in the browser. Some psychology services have adopted it for online therapy.',
    },
    website: 'https://whereby.com',
    features: noFeatures,
    attestations: {
      endToEndEncryption: { status: 'unknown' },
      participantsIdentified: { status: 'unknown' },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'unknown' },
    },
    publish: true,
  },
  {
    slug: 'psykologjournal',
    name: 'Journal Psykolog / Psykologjournal',
    solutionType: 'epj-integrated',
    categories: ['psykologer-psykiatere'],
    shortDescription: {
      nb: 'Plassholder for et journalsystem til psykologer. Verken produktnavn, leverandør eller videofunksjon er kjent.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Ingen kilde bekrefter at produktet finnes. Finn riktig produktnavn, leverandør og videofunksjon, eller slett oppføringen.',
  },
  {
    slug: 'medrave',
    name: 'Medrave',
    solutionType: 'epj-integrated',
    categories: ['psykologer-psykiatere'],
    shortDescription: {
      nb: 'Journalsystem som er nevnt i oppdraget, men som ingen kilde beskriver. Videofunksjon er ikke kjent.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Ingen kilde bekrefter produktet, leverandøren, faggruppen eller en videofunksjon. Sjekk med leverandøren, eller slett oppføringen.',
  },

  // --- Fysio- og manuellterapeuter og logopeder ---------------------------------------------------------
  {
    slug: 'extensor-05',
    name: 'Extensor 05',
    company: 'Extensor AS',
    solutionType: 'epj-integrated',
    categories: ['fysio-manuell-logoped'],
    shortDescription: {
      nb: 'Windows-program for journal og Helfo-oppgjør, brukt innen fysioterapi, kiropraktikk, rehabilitering og bedriftshelsetjeneste.',
    },
    website: 'http://extensor.no',
    features: noFeatures,
    publish: false,
    reviewNote:
      'Systemet finnes, men det er ikke bekreftet at det har en videomodul. Sjekk dette før løsningen publiseres som EPJ med integrert video.',
  },
  {
    slug: 'physica',
    name: 'Physica',
    solutionType: 'epj-integrated',
    categories: ['fysio-manuell-logoped'],
    shortDescription: {
      nb: 'Plassholder for et journalsystem for fysioterapi. Produktet er ikke beskrevet i noen kilde.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Ingen kilde bekrefter navn, leverandør, faggruppe eller videofunksjon. Sjekk alle opplysningene, eller slett oppføringen.',
  },
  {
    slug: 'exorlive-videomote',
    name: 'ExorLive Videomøte',
    solutionType: 'standalone',
    categories: ['fysio-manuell-logoped'],
    shortDescription: {
      nb: 'Verktøy der terapeuten lager treningsprogram og kan følge opp pasienten i et videomøte på tomannshånd for å instruere og justere øvelsene. Ifølge leverandøren er møtene ende-til-ende-kryptert, deltakerne identifisert og synlige, og ingenting tas opp som standard.',
      nn: 'Verktøy der terapeuten lagar treningsprogram og kan følgje opp pasienten i eit videomøte på tomannshand for å instruere og justere øvingane. Ifølgje leverandøren er møta ende-til-ende-krypterte, deltakarane identifiserte og synlege, og ingenting blir teke opp som standard.',
      en: 'Tool in which therapists build exercise programmes and can follow up patients in a one-to-one video meeting to instruct and adjust exercises. According to the vendor, meetings are end-to-end encrypted, participants are identified and visible, and nothing is recorded by default.',
    },
    website: 'https://www.exorlive.com',
    features: { ...noFeatures, connectedToHelsenett: true },
    attestations: {
      endToEndEncryption: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
      participantsIdentified: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
      allParticipantsVisible: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
      dataProcessorAgreement: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
      followsNormen: { status: 'yes', confirmedAt: GUIDE_UPDATED_2020 },
    },
    publish: true,
  },

  // --- Spesialisthelsetjenesten og kommuner -------------------------------------------------------------
  {
    slug: 'nhn-virtuelle-moterom',
    name: 'Virtuelle møterom (join.nhn.no)',
    company: 'Norsk helsenett SF',
    solutionType: 'standalone',
    categories: ['spesialisthelsetjenesten', 'kommuner', 'fysio-manuell-logoped'],
    shortDescription: {
      nb: 'Videorom i Helsenettet som medlemmer får bruke uten ekstra kostnad. Pasienten går inn via nettleseren med et romnummer, og den som leder møtet, kan låse rommet med en PIN-kode. Flere sykehus bruker tjenesten.',
    },
    website: 'https://www.nhn.no/video/video-i-virtuelle-moeterom/',
    features: { ...noFeatures, browserBased: true, connectedToHelsenett: true },
    publish: false,
    reviewNote:
      'Tjenesten er bekreftet, men faggruppene er ikke: bruk i spesialisthelsetjenesten er dokumentert, kommuner og fysioterapeuter er utledet. Bekreft eller fjern faggruppene, og publiser deretter.',
  },
  {
    slug: 'nhn-delta',
    name: 'NHN Delta',
    company: 'Norsk helsenett SF',
    solutionType: 'standalone',
    categories: ['spesialisthelsetjenesten'],
    shortDescription: {
      nb: 'Norsk helsenetts videotjeneste for pasienttimer, som flere sykehus bruker. Pasientene kobler seg på fra nettleseren og trenger ikke installere noe.',
      nn: 'Videotenesta til Norsk helsenett for pasienttimar, som fleire sjukehus bruker. Pasientane koplar seg på frå nettlesaren og treng ikkje installere noko.',
      en: "Norsk helsenett's video service for patient appointments, used by several hospitals. Patients join from the browser and do not need to install anything.",
    },
    website: 'https://delta.nhn.no',
    features: { ...noFeatures, browserBased: true, connectedToHelsenett: true },
    attestations: {
      endToEndEncryption: { status: 'unknown' },
      participantsIdentified: { status: 'unknown' },
      allParticipantsVisible: { status: 'unknown' },
      dataProcessorAgreement: { status: 'unknown' },
      followsNormen: { status: 'unknown' },
    },
    publish: true,
  },
  {
    slug: 'skype-for-business',
    name: 'Skype for Business',
    company: 'Microsoft',
    solutionType: 'standalone',
    categories: ['spesialisthelsetjenesten'],
    shortDescription: {
      nb: 'Generelt verktøy for videomøter. Enkelte helseforetak hadde videopoliklinikk i det, fram til de byttet til tjenester fra Norsk helsenett. Pasientene måtte laste ned en app.',
    },
    features: noFeatures,
    publish: false,
    reviewNote:
      'Bruken i 2019–2020 er bekreftet, men helseforetaket har siden gått over til Norsk helsenett, og produktet er trolig avviklet. Vurder om oppføringen fortsatt skal vises.',
  },
  {
    slug: 'dips',
    name: 'DIPS',
    company: 'DIPS AS',
    solutionType: 'epj-integrated',
    categories: ['spesialisthelsetjenesten'],
    shortDescription: {
      nb: 'Den mest brukte pasientjournalen i norske sykehus. Det er ikke bekreftet at journalen hadde innebygd video i 2020.',
    },
    website: 'https://www.dips.no',
    features: noFeatures,
    publish: false,
    reviewNote:
      'Det er ikke bekreftet at DIPS har integrert video, så typen er gjettet. Sjekk med leverandøren før oppføringen publiseres.',
  },
]
