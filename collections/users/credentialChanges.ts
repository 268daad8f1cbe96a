/** What an update does to the sign-in credentials of the user it changes. */
export type CredentialChange = { email: boolean; password: boolean }

const normalise = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : email)

export function credentialChangesOf(data: Record<string, unknown> | undefined, originalDoc: { email?: unknown } | undefined): CredentialChange {
  return {
    email: typeof data?.email === 'string' && normalise(data.email) !== normalise(originalDoc?.email),
    password: typeof data?.password === 'string' && data.password !== '',
  }
}
