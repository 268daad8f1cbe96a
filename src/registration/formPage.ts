import config from '@payload-config'
import { getPayload } from 'payload'

import { openFormState, type FormState } from './formState'
import { issueFormToken } from './formToken'

/** What the form page renders with: a fresh signed fill-in token, and a refused post's problems and values. */
export async function registrationFormPage(sealedState: string | undefined): Promise<{ token: string; state: FormState | null }> {
  const { secret } = await getPayload({ config })
  return { token: issueFormToken(secret), state: openFormState(secret, sealedState) }
}
