/**
 * Overrides of Payload's own admin and API texts (merged into @payloadcms/translations by `i18n.translations`).
 * Only texts whose default is unhelpful or reveals too much are replaced; keys are Payload's.
 */

/** Same answer for an unknown account, a wrong password and a locked account, so no one can tell them apart. */
const LOGIN_REFUSED = {
  nb: 'E-postadressen eller passordet er feil. Etter for mange mislykkede forsøk må du vente noen minutter før du prøver igjen.',
  en: 'The e-mail address or password is incorrect. After too many failed attempts you must wait a few minutes before trying again.',
}

export const adminTranslations = {
  nb: {
    error: {
      emailOrPasswordIncorrect: LOGIN_REFUSED.nb,
      userLocked: LOGIN_REFUSED.nb,
      missingEmail: 'Skriv inn e-postadressen du logger inn med.',
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
    },
    validation: {
      invalidSelections: 'This field refers to something that does not exist, or that you may not see. Choose again instead of:',
    },
  },
}
