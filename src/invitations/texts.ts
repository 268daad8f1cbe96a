import type { Lang } from '../i18n/langs'

/** How long an invitation's link works after its mail was sent. */
export const INVITATION_DAYS = 14

/** What a mail says about who invited: a colleague by name, or the directorate's editors. */
export type MailArgs = { organisation: string; inviter: string | null; until: Date; link: string; linkEn: string }

const longDate = (date: Date, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(date)

/** The invitation mail: bokmål first, English below (the invited person may read either). */
export const INVITATION_MAIL = {
  subject: (organisation: string) => `Invitasjon til ${organisation} i Videoveileder`,
  text: ({ organisation, inviter, until, link, linkEn }: MailArgs) =>
    `Hei!

${inviter ?? 'Redaksjonen i Videoveileder'} har invitert deg til å bli med i ${organisation} i Videoveileder, Helsedirektoratets veileder om videokonsultasjon. Som medlem kan du holde organisasjonens oppføringer om videoløsninger oppdatert og sende dem til vurdering hos redaksjonen.

Lag kontoen din med denne lenken. Den gjelder i ${INVITATION_DAYS} dager, til ${longDate(until, 'nb-NO')}, og kan brukes én gang:
${link}

Du velger selv navn og passord. Du logger inn med denne e-postadressen.

Venter du ikke denne e-posten, kan du se bort fra den. Da blir det ingen konto.

Helsedirektoratet, Videoveileder

----

Hello,

${inviter ?? 'The editors of Videoveileder'} invited you to join ${organisation} on Videoveileder, the Norwegian Directorate of Health's guide to video consultation. As a member you can keep the organisation's entries for video solutions up to date and submit them to the editors for review.

Create your account with this link. It is valid for ${INVITATION_DAYS} days, until ${longDate(until, 'en-GB')}, and can be used once:
${linkEn}

You choose your own name and password. You log in with this e-mail address.

If you did not expect this e-mail, ignore it. No account is then created.

The Norwegian Directorate of Health, Videoveileder
`,
}

/** The mail to an address a vendor invited that has an account already: no link that makes one. */
export const ACCOUNT_EXISTS_MAIL = {
  text: ({ organisation, inviter, login, forgot }: { organisation: string; inviter: string | null; login: string; forgot: string }) =>
    `Hei!

${inviter ?? 'Redaksjonen i Videoveileder'} ville invitere deg til ${organisation} i Videoveileder, men denne e-postadressen har allerede en konto der. Logg inn med den:
${login}

Har du glemt passordet, kan du lage et nytt her:
${forgot}

Skal kontoen din høre til ${organisation}, kan redaksjonen koble den til. Venter du ikke denne e-posten, kan du se bort fra den.

Helsedirektoratet, Videoveileder

----

Hello,

${inviter ?? 'The editors of Videoveileder'} wanted to invite you to ${organisation} on Videoveileder, but this e-mail address already has an account there. Log in with it:
${login}

If you forgot the password, make a new one here:
${forgot}

If your account should belong to ${organisation}, the editors can connect it. If you did not expect this e-mail, ignore it.

The Norwegian Directorate of Health, Videoveileder
`,
}

/** Why the accept form refused a field. */
export type FieldProblem = 'name-missing' | 'name-long' | 'password-short' | 'password-long'

/** Why the accept page answers without a form. */
export type PageRefusal = 'gone' | 'account-exists' | 'cross-site' | 'too-many' | 'failed'

type PageTexts = {
  title: (organisation: string) => string
  lead: (organisation: string, email: string) => string
  email: string
  name: string
  password: string
  passwordHint: (min: number) => string
  submit: string
  summary: string
  problems: Record<FieldProblem, (n: number) => string>
  refusals: Record<PageRefusal, { title: string; text: (email?: string, organisation?: string) => string }>
  login: string
  front: string
}

export const ACCEPT_PAGE: Record<Lang, PageTexts> = {
  nb: {
    title: (o) => `Bli med i ${o}`,
    lead: (o, e) => `Du er invitert til å holde oppføringene til ${o} i Videoveileder oppdatert. Velg navn og passord, så er kontoen klar. Du logger inn med e-postadressen ${e}.`,
    email: 'E-postadresse',
    name: 'Navn',
    password: 'Passord',
    passwordHint: (n) => `Minst ${n} tegn. Bruk gjerne flere ord etter hverandre.`,
    submit: 'Lag konto',
    summary: 'For å gå videre må du rette opp følgende feil:',
    problems: {
      'name-missing': () => 'Skriv inn navnet ditt.',
      'name-long': (n) => `Navnet kan ha høyst ${n} tegn.`,
      'password-short': (n) => `Passordet må ha minst ${n} tegn. Bruk gjerne flere ord etter hverandre.`,
      'password-long': (n) => `Passordet kan ha høyst ${n} tegn.`,
    },
    refusals: {
      gone: { title: 'Invitasjonen kan ikke brukes', text: () => 'Lenken er utløpt eller allerede brukt, eller invitasjonen er trukket tilbake. Be den som inviterte deg om en ny invitasjon. Har du alt laget kontoen, kan du logge inn.' },
      'account-exists': { title: 'Adressen har allerede en konto', text: (e, o) => `E-postadressen ${e} har allerede en konto i Videoveileder. Logg inn med den. Skal kontoen høre til ${o}, kan redaksjonen koble den til.` },
      'cross-site': { title: 'Skjemaet ble ikke sendt', text: () => 'Skjemaet kan bare sendes fra Videoveileder, ikke fra et annet nettsted. Åpne lenken i e-posten og prøv igjen.' },
      'too-many': { title: 'For mange forsøk', text: () => 'Det har kommet for mange forespørsler fra denne adressen. Vent litt og prøv igjen.' },
      failed: { title: 'Noe gikk galt', text: () => 'Kontoen ble ikke laget. Prøv igjen om litt; virker det fortsatt ikke, kontakt redaksjonen.' },
    },
    login: 'Logg inn',
    front: 'Til forsiden',
  },
  nn: {
    title: (o) => `Bli med i ${o}`,
    lead: (o, e) => `Du er invitert til å halde oppføringane til ${o} i Videoveileder oppdaterte. Vel namn og passord, så er kontoen klar. Du loggar inn med e-postadressa ${e}.`,
    email: 'E-postadresse',
    name: 'Namn',
    password: 'Passord',
    passwordHint: (n) => `Minst ${n} teikn. Bruk gjerne fleire ord etter kvarandre.`,
    submit: 'Lag konto',
    summary: 'For å gå vidare må du rette opp følgjande feil:',
    problems: {
      'name-missing': () => 'Skriv inn namnet ditt.',
      'name-long': (n) => `Namnet kan ha høgst ${n} teikn.`,
      'password-short': (n) => `Passordet må ha minst ${n} teikn. Bruk gjerne fleire ord etter kvarandre.`,
      'password-long': (n) => `Passordet kan ha høgst ${n} teikn.`,
    },
    refusals: {
      gone: { title: 'Invitasjonen kan ikkje brukast', text: () => 'Lenkja har gått ut eller er alt brukt, eller invitasjonen er trekt tilbake. Be den som inviterte deg om ein ny invitasjon. Har du alt laga kontoen, kan du logge inn.' },
      'account-exists': { title: 'Adressa har alt ein konto', text: (e, o) => `E-postadressa ${e} har alt ein konto i Videoveileder. Logg inn med han. Skal kontoen høyre til ${o}, kan redaksjonen kople han til.` },
      'cross-site': { title: 'Skjemaet vart ikkje sendt', text: () => 'Skjemaet kan berre sendast frå Videoveileder, ikkje frå ein annan nettstad. Opne lenkja i e-posten og prøv igjen.' },
      'too-many': { title: 'For mange forsøk', text: () => 'Det har kome for mange førespurnader frå denne adressa. Vent litt og prøv igjen.' },
      failed: { title: 'Noko gjekk gale', text: () => 'Kontoen vart ikkje laga. Prøv igjen om litt; verkar det framleis ikkje, kontakt redaksjonen.' },
    },
    login: 'Logg inn',
    front: 'Til framsida',
  },
  en: {
    title: (o) => `Join ${o}`,
    lead: (o, e) => `You are invited to keep the entries of ${o} on Videoveileder up to date. Choose a name and a password and your account is ready. You log in with the e-mail address ${e}.`,
    email: 'E-mail address',
    name: 'Name',
    password: 'Password',
    passwordHint: (n) => `At least ${n} characters. Several words in a row work well.`,
    submit: 'Create account',
    summary: 'To continue, correct the following:',
    problems: {
      'name-missing': () => 'Enter your name.',
      'name-long': (n) => `The name can have at most ${n} characters.`,
      'password-short': (n) => `The password must have at least ${n} characters. Several words in a row work well.`,
      'password-long': (n) => `The password can have at most ${n} characters.`,
    },
    refusals: {
      gone: { title: 'The invitation cannot be used', text: () => 'The link has expired or has already been used, or the invitation was withdrawn. Ask the person who invited you for a new invitation. If you already created your account, log in.' },
      'account-exists': { title: 'The address already has an account', text: (e, o) => `The e-mail address ${e} already has an account on Videoveileder. Log in with it. If the account should belong to ${o}, the editors can connect it.` },
      'cross-site': { title: 'The form was not sent', text: () => 'The form can only be sent from Videoveileder, not from another website. Open the link in the e-mail and try again.' },
      'too-many': { title: 'Too many attempts', text: () => 'Too many requests came from this address. Wait a little and try again.' },
      failed: { title: 'Something went wrong', text: () => 'The account was not created. Try again in a while; if it still does not work, contact the editors.' },
    },
    login: 'Log in',
    front: 'To the front page',
  },
}

/** The admin's messages about invitations, in the admin's two languages. */
export const ADMIN_MESSAGES = {
  accountExists: {
    nb: 'Denne e-postadressen har allerede en konto i Videoveileder, så den kan ikke inviteres. Skal personen høre til organisasjonen, kan en administrator koble kontoen til den under Brukere.',
    en: 'This e-mail address already has an account on Videoveileder, so it cannot be invited. If the person should belong to the organisation, an administrator can connect the account under Users.',
  },
  acceptedDelete: {
    nb: 'En godtatt invitasjon kan ikke trekkes tilbake: kontoen finnes. Skal personen ikke lenger være med, må brukeren endres eller slettes.',
    en: 'An accepted invitation cannot be withdrawn: the account exists. If the person should no longer be a member, change or delete the user.',
  },
  accepted: {
    nb: 'Kontoen er klar. Logg inn med e-postadressen og passordet du valgte.',
    en: 'Your account is ready. Log in with your e-mail address and the password you chose.',
  },
}
