import type { Lang } from '../i18n/langs'
import type { FieldName, Problem } from './fields'

type InfoTexts = {
  title: string
  description: string
  stepsHeading: string
  steps: (months: number) => string[]
  checksHeading: string
  checksIntro: string
  checks: string[]
  checksNote: string
  beforeHeading: string
  before: string[]
  actionsHeading: string
  register: string
  loginIntro: string
  login: string
}

type FormTexts = {
  title: string
  description: string
  lead: string
  labels: Record<FieldName, string>
  hints: Partial<Record<FieldName, string>>
  honeypot: string
  submit: string
  summaryHeading: string
  errorTitlePrefix: string
  required: Record<FieldName, string>
  problems: Record<Exclude<Problem, 'required'>, string>
  loginHint: string
  login: string
  backToInfo: string
}

type SentTexts = { title: string; text: string; spam: string; login: string; back: string }

export type RegistrationTexts = { info: InfoTexts; form: FormTexts; sent: SentTexts }

const MIN = 12

export const REGISTRATION_TEXTS: Record<Lang, RegistrationTexts> = {
  nb: {
    info: {
      title: 'For leverandører',
      description: 'Slik registrerer du videoløsningen din i Videoveileder, og hva Helsedirektoratet ser etter før den vises i oversikten.',
      stepsHeading: 'Slik går det for seg',
      steps: (months) => [
        'Registrer organisasjonen med organisasjonsnummeret fra Enhetsregisteret, og lag din egen brukerkonto.',
        'Bekreft e-postadressen din med lenken vi sender deg. Før det kan du ikke logge inn.',
        'Logg inn og lag en oppføring for løsningen: hva den er, hvem den passer for, og hvordan den brukes.',
        'Fyll ut erklæringene om kryptering, identifisering, databehandleravtale og de andre kravene.',
        'Forhåndsvis oppføringen slik den vil se ut på nettstedet.',
        'Send den inn til vurdering.',
        'Redaksjonen i direktoratet går gjennom opplysningene. De godkjenner oppføringen, ber om endringer eller avslår den, og du får alltid en begrunnelse på e-post.',
        `Hold oppføringen oppdatert. Hver ${months}. måned ber vi deg bekrefte at opplysningene fortsatt stemmer; en oppføring som ikke er bekreftet, blir merket på nettstedet.`,
      ],
      checksHeading: 'Hva direktoratet ser etter',
      checksIntro: 'Oversikten er for løsninger som allerede brukes i helsetjenesten, eller som oppfyller minstekravene til videosamtaler med pasienter. Vi ser blant annet etter at',
      checks: [
        'samtalen er kryptert, og at helseopplysninger som forlater virksomheten, er kryptert hele veien;',
        'pasienten kan identifiseres sikkert, for pasienter man ikke kjenner fra før på høyt sikkerhetsnivå (for eksempel BankID);',
        'alle som deltar i en samtale med flere, er synlige for hverandre;',
        'dere forplikter dere til personvernforordningen (GDPR), som databehandler med databehandleravtale eller som behandlingsansvarlig;',
        'personvern er bygd inn i løsningen, slik at helsevirksomheten kan oppfylle sine egne plikter;',
        'dere følger Normen (Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren), som virksomheter knyttet til Helsenettet er bundet av gjennom avtale.',
      ],
      checksNote:
        'At en løsning står i oversikten, betyr ikke at direktoratet har godkjent eller anbefaler den. Ingen leverandør er «godkjent etter Normen», og behandleren må selv vurdere om løsningen passer og er trygg nok.',
      beforeHeading: 'Før du begynner',
      before: [
        'Ha organisasjonsnummeret klart (ni siffer).',
        'Bruk e-postadressen du har på jobben; den blir brukernavnet ditt.',
        'Er organisasjonen allerede registrert, lager du ikke en ny. Be en kollega som allerede har konto, om å invitere deg.',
      ],
      actionsHeading: 'Kom i gang',
      register: 'Registrer organisasjonen',
      loginIntro: 'Har du allerede en konto?',
      login: 'Logg inn',
    },
    form: {
      title: 'Registrer organisasjonen',
      description: 'Registrer leverandørorganisasjonen og lag en brukerkonto for å legge inn videoløsningen i Videoveileder.',
      lead: 'Du lager en brukerkonto for deg selv og registrerer organisasjonen du representerer. Alle feltene må fylles ut.',
      labels: { organisationName: 'Organisasjonens navn', organisationNumber: 'Organisasjonsnummer', contactName: 'Ditt navn (kontaktperson)', email: 'E-postadresse', password: 'Passord' },
      hints: {
        organisationNumber: 'Ni siffer, som i Enhetsregisteret.',
        email: 'Vi sender en lenke hit som du må klikke på før du kan logge inn.',
        password: `Minst ${MIN} tegn. Bruk gjerne flere ord etter hverandre.`,
      },
      honeypot: 'Ikke fyll ut dette feltet',
      submit: 'Registrer',
      summaryHeading: 'For å gå videre må du rette opp dette:',
      errorTitlePrefix: 'Feil i skjemaet',
      required: {
        organisationName: 'Skriv inn navnet på organisasjonen.',
        organisationNumber: 'Skriv inn organisasjonsnummeret.',
        contactName: 'Skriv inn navnet ditt.',
        email: 'Skriv inn e-postadressen din.',
        password: 'Velg et passord.',
      },
      problems: {
        'too-long': 'Teksten er for lang. Forkort den.',
        'org-number-digits': 'Organisasjonsnummeret må ha ni siffer.',
        'org-number-check': 'Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk det i Enhetsregisteret.',
        'org-exists': 'Organisasjonen er allerede registrert. Be en av dem som har konto i organisasjonen, om å invitere deg i stedet for å registrere den på nytt.',
        'invalid-email': 'Skriv inn en gyldig e-postadresse, for eksempel navn@firma.no.',
        'password-short': `Passordet må ha minst ${MIN} tegn.`,
        'form-too-fast': 'Skjemaet ble sendt så raskt at det så automatisk ut. Se over opplysningene og send det på nytt.',
        'form-invalid': 'Skjemaet er for gammelt eller ble ikke hentet fra denne siden. Send det på nytt.',
        failed: 'Vi kunne ikke fullføre registreringen akkurat nå. Ingenting er lagret. Prøv igjen om litt.',
      },
      loginHint: 'Har du allerede en konto?',
      login: 'Logg inn',
      backToInfo: 'Les om hvordan det foregår',
    },
    sent: {
      title: 'Sjekk e-posten din',
      text: 'Takk! Vi har sendt en e-post til adressen du oppga. Klikk på lenken i e-posten for å bekrefte adressen; deretter kan du logge inn og lage oppføringen.',
      spam: 'Finner du ikke e-posten, kan du se i søppelpostmappen. Lenken virker bare én gang, og i 48 timer; etter det må du registrere deg på nytt.',
      login: 'Til innloggingen',
      back: 'Tilbake til «For leverandører»',
    },
  },
  nn: {
    info: {
      title: 'For leverandørar',
      description: 'Slik registrerer du videoløysinga di i Videorettleiar, og kva Helsedirektoratet ser etter før ho vert vist i oversikta.',
      stepsHeading: 'Slik går det føre seg',
      steps: (months) => [
        'Registrer organisasjonen med organisasjonsnummeret frå Einingsregisteret, og lag din eigen brukarkonto.',
        'Stadfest e-postadressa di med lenkja vi sender deg. Før det kan du ikkje logge inn.',
        'Logg inn og lag ei oppføring for løysinga: kva ho er, kven ho passar for, og korleis ho vert brukt.',
        'Fyll ut erklæringane om kryptering, identifisering, databehandlaravtale og dei andre krava.',
        'Førehandsvis oppføringa slik ho vil sjå ut på nettstaden.',
        'Send ho inn til vurdering.',
        'Redaksjonen i direktoratet går gjennom opplysningane. Dei godkjenner oppføringa, ber om endringar eller avslår ho, og du får alltid ei grunngjeving på e-post.',
        `Hald oppføringa oppdatert. Kvar ${months}. månad ber vi deg stadfeste at opplysningane framleis stemmer; ei oppføring som ikkje er stadfesta, vert merkt på nettstaden.`,
      ],
      checksHeading: 'Kva direktoratet ser etter',
      checksIntro: 'Oversikta er for løysingar som alt vert brukte i helsetenesta, eller som oppfyller minstekrava til videosamtalar med pasientar. Vi ser mellom anna etter at',
      checks: [
        'samtalen er kryptert, og at helseopplysningar som forlèt verksemda, er krypterte heile vegen;',
        'pasienten kan identifiserast sikkert, for pasientar ein ikkje kjenner frå før på høgt tryggleiksnivå (til dømes BankID);',
        'alle som er med i ein samtale med fleire, er synlege for kvarandre;',
        'de forpliktar dykk til personvernforordninga (GDPR), som databehandlar med databehandlaravtale eller som behandlingsansvarleg;',
        'personvern er bygd inn i løysinga, slik at helseverksemda kan oppfylle sine eigne plikter;',
        'de følgjer Normen (Norm for informasjonstryggleik og personvern i helse- og omsorgssektoren), som verksemder knytte til Helsenettet er bundne av gjennom avtale.',
      ],
      checksNote:
        'At ei løysing står i oversikta, tyder ikkje at direktoratet har godkjent eller tilrår henne. Ingen leverandør er «godkjend etter Normen», og behandlaren må sjølv vurdere om løysinga passar og er trygg nok.',
      beforeHeading: 'Før du byrjar',
      before: [
        'Ha organisasjonsnummeret klart (ni siffer).',
        'Bruk e-postadressa du har på jobben; ho vert brukarnamnet ditt.',
        'Er organisasjonen alt registrert, lagar du ikkje ein ny. Be ein kollega som alt har konto, om å invitere deg.',
      ],
      actionsHeading: 'Kom i gang',
      register: 'Registrer organisasjonen',
      loginIntro: 'Har du alt ein konto?',
      login: 'Logg inn',
    },
    form: {
      title: 'Registrer organisasjonen',
      description: 'Registrer leverandørorganisasjonen og lag ein brukarkonto for å leggje inn videoløysinga i Videorettleiar.',
      lead: 'Du lagar ein brukarkonto for deg sjølv og registrerer organisasjonen du representerer. Alle felta må fyllast ut.',
      labels: { organisationName: 'Namnet på organisasjonen', organisationNumber: 'Organisasjonsnummer', contactName: 'Namnet ditt (kontaktperson)', email: 'E-postadresse', password: 'Passord' },
      hints: {
        organisationNumber: 'Ni siffer, som i Einingsregisteret.',
        email: 'Vi sender ei lenkje hit som du må klikke på før du kan logge inn.',
        password: `Minst ${MIN} teikn. Bruk gjerne fleire ord etter kvarandre.`,
      },
      honeypot: 'Ikkje fyll ut dette feltet',
      submit: 'Registrer',
      summaryHeading: 'For å gå vidare må du rette opp dette:',
      errorTitlePrefix: 'Feil i skjemaet',
      required: {
        organisationName: 'Skriv inn namnet på organisasjonen.',
        organisationNumber: 'Skriv inn organisasjonsnummeret.',
        contactName: 'Skriv inn namnet ditt.',
        email: 'Skriv inn e-postadressa di.',
        password: 'Vel eit passord.',
      },
      problems: {
        'too-long': 'Teksten er for lang. Gjer han kortare.',
        'org-number-digits': 'Organisasjonsnummeret må ha ni siffer.',
        'org-number-check': 'Organisasjonsnummeret er ikkje gyldig (kontrollsifferet stemmer ikkje). Sjekk det i Einingsregisteret.',
        'org-exists': 'Organisasjonen er alt registrert. Be ein av dei som har konto i organisasjonen, om å invitere deg i staden for å registrere han på nytt.',
        'invalid-email': 'Skriv inn ei gyldig e-postadresse, til dømes namn@firma.no.',
        'password-short': `Passordet må ha minst ${MIN} teikn.`,
        'form-too-fast': 'Skjemaet vart sendt så raskt at det såg automatisk ut. Sjå over opplysningane og send det på nytt.',
        'form-invalid': 'Skjemaet er for gammalt eller vart ikkje henta frå denne sida. Send det på nytt.',
        failed: 'Vi kunne ikkje fullføre registreringa akkurat no. Ingenting er lagra. Prøv igjen om litt.',
      },
      loginHint: 'Har du alt ein konto?',
      login: 'Logg inn',
      backToInfo: 'Les om korleis det går føre seg',
    },
    sent: {
      title: 'Sjekk e-posten din',
      text: 'Takk! Vi har sendt ein e-post til adressa du oppgav. Klikk på lenkja i e-posten for å stadfeste adressa; deretter kan du logge inn og lage oppføringa.',
      spam: 'Finn du ikkje e-posten, kan du sjå i søppelpostmappa. Lenkja verkar berre éin gong, og i 48 timar; etter det må du registrere deg på nytt.',
      login: 'Til innlogginga',
      back: 'Tilbake til «For leverandørar»',
    },
  },
  en: {
    info: {
      title: 'For vendors',
      description: 'How to register your video solution on the guide, and what the Norwegian Directorate of Health checks before it is listed.',
      stepsHeading: 'How it works',
      steps: (months) => [
        'Register your organisation with its number from the Central Coordinating Register, and create your own user account.',
        'Confirm your e-mail address with the link we send you. You cannot log in before that.',
        'Log in and create an entry for the solution: what it is, who it suits and how it is used.',
        'Fill in the attestations on encryption, identification, the data processing agreement and the other requirements.',
        'Preview the entry as it will look on the site.',
        'Submit it for review.',
        'The directorate’s editors review the information. They approve the entry, ask for changes or reject it, and you always get the reason by e-mail.',
        `Keep the entry up to date. Every ${months} months we ask you to confirm that the information is still correct; an entry that has not been confirmed is marked on the site.`,
      ],
      checksHeading: 'What the directorate checks',
      checksIntro: 'The overview is for solutions already used in the health service, or that meet the minimum requirements for video calls with patients. Among other things we check that',
      checks: [
        'the call is encrypted, and health information that leaves the organisation is encrypted all the way;',
        'the patient can be identified securely, at a high level of assurance (such as BankID) for patients not known beforehand;',
        'everyone taking part in a call with several participants can see each other;',
        'you commit to the GDPR, as a data processor with a data processing agreement or as a controller;',
        'privacy is built into the solution, so that the health organisation can meet its own duties;',
        'you follow Normen (the Code of conduct for information security and data protection in the healthcare and care services sector), which organisations connected to the Norwegian Health Network are bound by through their agreement.',
      ],
      checksNote:
        'A solution being listed does not mean that the directorate has approved or recommends it. No vendor is “approved under Normen”, and the clinician must judge whether the solution is suitable and safe enough.',
      beforeHeading: 'Before you start',
      before: [
        'Have the organisation number ready (nine digits).',
        'Use your work e-mail address; it becomes your user name.',
        'If your organisation is already registered, do not create a new one. Ask a colleague who already has an account to invite you.',
      ],
      actionsHeading: 'Get started',
      register: 'Register your organisation',
      loginIntro: 'Already have an account?',
      login: 'Log in',
    },
    form: {
      title: 'Register your organisation',
      description: 'Register your vendor organisation and create a user account to add your video solution to the guide.',
      lead: 'You create a user account for yourself and register the organisation you represent. All fields are required.',
      labels: { organisationName: 'Organisation name', organisationNumber: 'Organisation number', contactName: 'Your name (contact person)', email: 'E-mail address', password: 'Password' },
      hints: {
        organisationNumber: 'Nine digits, as in the Central Coordinating Register.',
        email: 'We send a link here that you must click before you can log in.',
        password: `At least ${MIN} characters. Several words in a row work well.`,
      },
      honeypot: 'Leave this field empty',
      submit: 'Register',
      summaryHeading: 'To continue, correct the following:',
      errorTitlePrefix: 'Error in the form',
      required: {
        organisationName: 'Enter the name of the organisation.',
        organisationNumber: 'Enter the organisation number.',
        contactName: 'Enter your name.',
        email: 'Enter your e-mail address.',
        password: 'Choose a password.',
      },
      problems: {
        'too-long': 'The text is too long. Shorten it.',
        'org-number-digits': 'The organisation number must have nine digits.',
        'org-number-check': 'The organisation number is not valid (the check digit does not match). Check it in the Central Coordinating Register.',
        'org-exists': 'The organisation is already registered. Ask someone who has an account in the organisation to invite you instead of registering it again.',
        'invalid-email': 'Enter a valid e-mail address, for example name@company.com.',
        'password-short': `The password must have at least ${MIN} characters.`,
        'form-too-fast': 'The form was sent so quickly that it looked automatic. Check the details and send it again.',
        'form-invalid': 'The form is too old or was not loaded from this page. Send it again.',
        failed: 'We could not complete the registration just now. Nothing was saved. Try again in a little while.',
      },
      loginHint: 'Already have an account?',
      login: 'Log in',
      backToInfo: 'Read how it works',
    },
    sent: {
      title: 'Check your e-mail',
      text: 'Thank you! We have sent an e-mail to the address you gave. Click the link in it to confirm the address; then you can log in and create the entry.',
      spam: 'If you cannot find the e-mail, look in your spam folder. The link works only once, and for 48 hours; after that you must register again.',
      login: 'To the login',
      back: 'Back to “For vendors”',
    },
  },
}

/** The mail to an address that already has an account (the form answers as for a new one: no account enumeration). */
export const ACCOUNT_EXISTS_MAIL = {
  subject: 'Du har allerede en konto i Videoveileder / You already have an account',
  text: (loginUrl: string, forgotUrl: string) =>
    `Hei!\n\nNoen, forhåpentligvis du, prøvde å registrere en leverandørorganisasjon i Videoveileder med denne e-postadressen. Adressen har allerede en konto, så vi har ikke laget en ny.\n\nLogg inn her: ${loginUrl}\nHar du glemt passordet, kan du lage et nytt her: ${forgotUrl}\n\nVil du legge inn en annen organisasjon, må du bruke en annen e-postadresse. Har du ikke prøvd å registrere deg, kan du se bort fra denne e-posten.\n\nHelsedirektoratet, Videoveileder\n\n---\n\nHello,\n\nSomeone, hopefully you, tried to register a vendor organisation on Videoveileder with this e-mail address. The address already has an account, so no new one was created.\n\nLog in here: ${loginUrl}\nIf you have forgotten your password, set a new one here: ${forgotUrl}\n\nTo add another organisation, use another e-mail address. If you did not try to register, ignore this e-mail.\n\nThe Norwegian Directorate of Health, Videoveileder\n`,
}
