/** The form's fields as posted (names as in the design), and the honeypot and token. */
export const FIELDS = ['organisationName', 'organisationNumber', 'contactName', 'email', 'password'] as const
export type FieldName = (typeof FIELDS)[number]

/** Left empty by people (hidden from them and from assistive technology), filled in by bots. */
export const HONEYPOT_FIELD = 'website'
/** The signed time the form page was rendered (./formToken.ts). */
export const TOKEN_FIELD = 'formToken'

/** What the form shows again after a refusal: every value but the password. */
export type KeptValues = Partial<Record<Exclude<FieldName, 'password'>, string>>

/** Why a field was refused (texts in ./texts.ts), and `form` for the form as a whole. */
export type Problem =
  | 'required'
  | 'too-long'
  | 'org-number-digits'
  | 'org-number-check'
  | 'org-exists'
  | 'invalid-email'
  | 'password-short'
  | 'form-too-fast'
  | 'form-invalid'
  | 'failed'

export type Problems = Partial<Record<FieldName | 'form', Problem>>

/** The longest value kept per field (as the collections allow). */
export const MAX_LENGTH: Record<FieldName, number> = { organisationName: 160, organisationNumber: 20, contactName: 120, email: 254, password: 256 }
