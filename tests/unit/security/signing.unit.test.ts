import { sign, verifySignature } from '../../../src/security/signing'

const SECRET = 'en-hemmelighet-for-testene-0123456789'

describe('signing under a key per purpose', () => {
  it('a signature holds for its own purpose and body only, and not under another secret', () => {
    const signature = sign(SECRET, 'purpose a', 'body')
    expect({
      own: verifySignature(SECRET, 'purpose a', 'body', signature),
      otherPurpose: verifySignature(SECRET, 'purpose b', 'body', signature),
      otherBody: verifySignature(SECRET, 'purpose a', 'body2', signature),
      otherSecret: verifySignature(`${SECRET}x`, 'purpose a', 'body', signature),
      truncated: verifySignature(SECRET, 'purpose a', 'body', signature.slice(0, -1)),
    }).toEqual({ own: true, otherPurpose: false, otherBody: false, otherSecret: false, truncated: false })
  })
})
