/** What stands in for an e-mail address in a message staff may read. */
const HIDDEN = '<mottaker>'

/**
 * A message with every e-mail address in it replaced. Why: an SMTP server's refusal often names the recipient
 * ("550 <reader@example.no>: Recipient address rejected"), and a failed job's error is stored where staff read it.
 */
export function withoutAddresses(message: string): string {
  return message.replace(/<?[^\s<>"'@,;:()]+@[^\s<>"'@,;:()]+>?/g, HIDDEN)
}
