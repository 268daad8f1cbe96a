import type { PayloadRequest } from 'payload'

type Props = { req: PayloadRequest; lang: 'nb' | 'en' }

/** The editors' list of approved vendor entries overdue for re-confirmation (issue 12 item 6). */
export async function ReconfirmationSection(_props: Props) {
  return null
}
