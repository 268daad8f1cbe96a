import type { Lang } from '../i18n/langs'

/** Why a subscription route refused, in the reader's language (the page's: nb, nn or en). */
export type Refusal = 'invalid-email' | 'unknown-page' | 'cross-site' | 'too-many' | 'bad-link' | 'expired-link'

type RefusalText = { title: string; text: (retryMinutes?: number) => string }

const minutes = (n: number | undefined, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n ?? 1)))

export const REFUSALS: Record<Lang, Record<Refusal, RefusalText>> = {
  nb: {
    'invalid-email': { title: 'Sjekk e-postadressen', text: () => 'Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no, og send skjemaet på nytt.' },
    'unknown-page': { title: 'Fant ikke siden', text: () => 'Vi fant ikke siden du ville følge. Gå tilbake til siden og prøv igjen.' },
    'cross-site': { title: 'Skjemaet ble ikke sendt', text: () => 'Skjemaet kan bare sendes fra Videoveileder, ikke fra et annet nettsted. Gå til siden og prøv igjen.' },
    'too-many': { title: 'For mange forsøk', text: (n) => `Du har sendt skjemaet for mange ganger på kort tid. Prøv igjen om ${minutes(n, 'ett minutt', '{n} minutter')}.` },
    'bad-link': { title: 'Lenken virker ikke', text: () => 'Lenken er ugyldig. Kopier hele lenken fra e-posten, eller meld deg på varselet på nytt.' },
    'expired-link': { title: 'Lenken er utløpt', text: () => 'Bekreftelseslenken gjelder i 48 timer og er utløpt. Meld deg på varselet på nytt, så sender vi en ny lenke.' },
  },
  nn: {
    'invalid-email': { title: 'Sjekk e-postadressa', text: () => 'Skriv inn ei gyldig e-postadresse, til dømes namn@døme.no, og send skjemaet på nytt.' },
    'unknown-page': { title: 'Fann ikkje sida', text: () => 'Vi fann ikkje sida du ville følgje. Gå tilbake til sida og prøv igjen.' },
    'cross-site': { title: 'Skjemaet vart ikkje sendt', text: () => 'Skjemaet kan berre sendast frå Videoveileder, ikkje frå ein annan nettstad. Gå til sida og prøv igjen.' },
    'too-many': { title: 'For mange forsøk', text: (n) => `Du har sendt skjemaet for mange gonger på kort tid. Prøv igjen om ${minutes(n, 'eitt minutt', '{n} minutt')}.` },
    'bad-link': { title: 'Lenkja verkar ikkje', text: () => 'Lenkja er ugyldig. Kopier heile lenkja frå e-posten, eller meld deg på varselet på nytt.' },
    'expired-link': { title: 'Lenkja har gått ut', text: () => 'Stadfestingslenkja gjeld i 48 timar og har gått ut. Meld deg på varselet på nytt, så sender vi ei ny lenkje.' },
  },
  en: {
    'invalid-email': { title: 'Check the e-mail address', text: () => 'Enter a valid e-mail address, for example name@example.com, and send the form again.' },
    'unknown-page': { title: 'Page not found', text: () => 'We could not find the page you wanted to follow. Go back to the page and try again.' },
    'cross-site': { title: 'The form was not sent', text: () => 'The form can only be sent from Videoveileder, not from another website. Go to the page and try again.' },
    'too-many': { title: 'Too many attempts', text: (n) => `You have sent the form too many times in a short while. Try again in ${minutes(n, 'one minute', '{n} minutes')}.` },
    'bad-link': { title: 'The link does not work', text: () => 'The link is not valid. Copy the whole link from the e-mail, or sign up for the alert again.' },
    'expired-link': { title: 'The link has expired', text: () => 'The confirmation link is valid for 48 hours and has expired. Sign up for the alert again and we will send a new link.' },
  },
}

/** The words around a refusal's page: the way back, and the page's title suffix. */
export const REFUSAL_FRAME: Record<Lang, { back: string; site: string }> = {
  nb: { back: 'Til forsiden', site: 'Videoveileder' },
  nn: { back: 'Til framsida', site: 'Videoveileder' },
  en: { back: 'To the front page', site: 'Videoveileder' },
}

/** The page an unsubscribe link opens: what the button does, and the button. */
export const UNSUBSCRIBE_PAGE: Record<Lang, { title: string; text: string; button: string }> = {
  nb: { title: 'Avslutt abonnementet', text: 'Vil du slutte å få e-post når siden endres? Trykk på knappen, så sletter vi adressen din for dette varselet.', button: 'Avslutt abonnementet' },
  nn: { title: 'Avslutt abonnementet', text: 'Vil du slutte å få e-post når sida vert endra? Trykk på knappen, så slettar vi adressa di for dette varselet.', button: 'Avslutt abonnementet' },
  en: { title: 'End the subscription', text: 'Do you want to stop getting e-mail when the page changes? Press the button and we delete your address for this alert.', button: 'End the subscription' },
}

/** What a mail names as the followed page: the guide as a whole, or one page by its title. */
export const followedName = (lang: Lang, title: string | null): string =>
  title ? `«${title}»` : { nb: 'veilederen', nn: 'rettleiaren', en: 'the guide' }[lang]

export const CONFIRM_MAIL: Record<Lang, { subject: string; text: (page: string, link: string) => string }> = {
  nb: {
    subject: 'Bekreft varsel om endringer i Videoveileder',
    text: (page, link) =>
      `Hei!\n\nNoen, forhåpentligvis du, har bedt om e-post når ${page} i Videoveileder endres.\n\nBekreft med denne lenken (den gjelder i 48 timer):\n${link}\n\nHar du ikke bedt om dette, kan du se bort fra e-posten. Da sletter vi adressen og sender deg ikke mer.\n\nHelsedirektoratet, Videoveileder\n`,
  },
  nn: {
    subject: 'Stadfest varsel om endringar i Videoveileder',
    text: (page, link) =>
      `Hei!\n\nNokon, forhåpentlegvis du, har bede om e-post når ${page} i Videoveileder vert endra.\n\nStadfest med denne lenkja (ho gjeld i 48 timar):\n${link}\n\nHar du ikkje bede om dette, kan du sjå bort frå e-posten. Då slettar vi adressa og sender deg ikkje meir.\n\nHelsedirektoratet, Videoveileder\n`,
  },
  en: {
    subject: 'Confirm your alert about changes to Videoveileder',
    text: (page, link) =>
      `Hello,\n\nSomeone, hopefully you, asked for an e-mail when ${page} on Videoveileder changes.\n\nConfirm with this link (valid for 48 hours):\n${link}\n\nIf you did not ask for this, ignore this e-mail. We then delete the address and send you nothing more.\n\nThe Norwegian Directorate of Health, Videoveileder\n`,
  },
}

export type ChangeMailArgs = { title: string; date: string; note: string; pageUrl: string; historyUrl: string; followed: string; unsubscribeUrl: string }

export const CHANGE_MAIL: Record<Lang, { subject: (title: string) => string; text: (a: ChangeMailArgs) => string }> = {
  nb: {
    subject: (title) => `Endret: ${title}`,
    text: (a) =>
      `${a.title} ble endret ${a.date}.\n\nHva er endret:\n${a.note}\n\nLes siden: ${a.pageUrl}\nAlle endringer: ${a.historyUrl}\n\nDu får denne e-posten fordi du har bedt om varsel når ${a.followed} endres. Avslutt varselet med ett klikk:\n${a.unsubscribeUrl}\n`,
  },
  nn: {
    subject: (title) => `Endra: ${title}`,
    text: (a) =>
      `${a.title} vart endra ${a.date}.\n\nKva er endra:\n${a.note}\n\nLes sida: ${a.pageUrl}\nAlle endringar: ${a.historyUrl}\n\nDu får denne e-posten fordi du har bede om varsel når ${a.followed} vert endra. Avslutt varselet med eitt klikk:\n${a.unsubscribeUrl}\n`,
  },
  en: {
    subject: (title) => `Changed: ${title}`,
    text: (a) =>
      `${a.title} was changed on ${a.date}.\n\nWhat changed:\n${a.note}\n\nRead the page: ${a.pageUrl}\nAll changes: ${a.historyUrl}\n\nYou get this e-mail because you asked to be told when ${a.followed} changes. End the alert with one click:\n${a.unsubscribeUrl}\n`,
  },
}
