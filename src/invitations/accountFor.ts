import type { Payload, PayloadRequest } from 'payload'

/** An account as far as "does this address have one" needs it. */
export type Account = { id: number | string }

/**
 * The account an e-mail address has, or null: the one rule for "does this address have an account" (the
 * invitation at create, its mail, its acceptance; registration may use it too). Compared in lower case and
 * trimmed, as Payload keeps users' addresses. Read by the server (the asker may not read users); pass `req`
 * to read in its transaction.
 */
export async function accountFor(payload: Payload, email: string, req?: PayloadRequest): Promise<Account | null> {
  const address = email.trim().toLowerCase()
  if (address === '') return null
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: address } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const account = docs[0] as { id: number | string } | undefined
  return account ? { id: account.id } : null
}
