/**
 * Overrides of Payload's own admin and API texts (merged into @payloadcms/translations by `i18n.translations`).
 * Only texts whose default is unhelpful or reveals too much are replaced; keys are Payload's.
 */

/** Same answer for an unknown account, a wrong password and a locked account, so no one can tell them apart. */
const LOGIN_REFUSED = {
  nb: 'E-postadressen eller passordet er feil. Etter for mange mislykkede forsøk må du vente noen minutter før du prøver igjen.',
  en: 'The e-mail address or password is incorrect. After too many failed attempts you must wait a few minutes before trying again.',
}

/** A registered vendor who has not yet followed the link in its verification mail (src/registration). */
const UNVERIFIED = {
  nb: 'Du må bekrefte e-postadressen din før du kan logge inn. Klikk på lenken i e-posten vi sendte da du registrerte deg.',
  en: 'You must confirm your e-mail address before you can log in. Click the link in the e-mail we sent when you registered.',
}

export const adminTranslations = {
  nb: {
    error: {
      emailOrPasswordIncorrect: LOGIN_REFUSED.nb,
      userLocked: LOGIN_REFUSED.nb,
      missingEmail: 'Skriv inn e-postadressen du logger inn med.',
      unverifiedEmail: UNVERIFIED.nb,
    },
    authentication: {
      emailVerified: 'E-postadressen er bekreftet. Nå kan du logge inn.',
      unableToVerify: 'Lenken virker ikke: den er ugyldig eller allerede brukt. Er adressen allerede bekreftet, kan du logge inn.',
    },
    validation: {
      invalidSelections: 'Dette feltet viser til noe som ikke finnes, eller som du ikke har tilgang til. Velg på nytt i stedet for:',
    },
  },
  en: {
    error: {
      emailOrPasswordIncorrect: LOGIN_REFUSED.en,
      userLocked: LOGIN_REFUSED.en,
      missingEmail: 'Enter the e-mail address you log in with.',
      unverifiedEmail: UNVERIFIED.en,
    },
    authentication: {
      emailVerified: 'Your e-mail address is confirmed. You can now log in.',
      unableToVerify: 'The link does not work: it is invalid or already used. If the address is already confirmed, you can log in.',
    },
    validation: {
      invalidSelections: 'This field refers to something that does not exist, or that you may not see. Choose again instead of:',
    },
  },
}
