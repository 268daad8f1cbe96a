/** The registration's addresses, without a language prefix (the same segments in every language). */
export const REGISTRATION_PATHS = {
  /** "For leverandører": how it works and what the directorate checks. */
  info: '/for-leverandorer',
  /** The registration form (a page). */
  form: '/for-leverandorer/registrer',
  /** Where the form posts (a route handler: a page and a route cannot share one address). */
  submit: '/for-leverandorer/registrer/send',
  /** "Check your e-mail", after a registration and whenever the answer must not tell more. */
  sent: '/for-leverandorer/registrer/sjekk-e-posten',
} as const

/** The admin's login and forgot-password screens (Payload's own). */
export const ADMIN_LOGIN_PATH = '/admin/login'
export const ADMIN_FORGOT_PATH = '/admin/forgot'
