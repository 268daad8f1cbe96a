import type { Payload, TypedUser } from 'payload'

type Props = { payload: Payload; user: TypedUser; lang: 'nb' | 'en' }

/** A vendor's start page in the admin (issue 12 item 2). */
export async function VendorStart(_props: Props) {
  return null
}
