import { withoutAddresses } from '../../../src/mail/redact'

describe('an SMTP error as staff may read it', () => {
  it.each([
    ['550 5.1.1 <leser@example.no>: Recipient address rejected', '550 5.1.1 <mottaker>: Recipient address rejected'],
    ["Can't send mail - all recipients were rejected: 550 leser.navn+varsel@sub.example.no unknown", "Can't send mail - all recipients were rejected: 550 <mottaker> unknown"],
    ['Connection timeout', 'Connection timeout'],
  ])('%s', (message, shown) => {
    expect(withoutAddresses(message)).toBe(shown)
  })
})
