// Every test file runs with NODE_ENV=test on a private database: in-memory SQLite by default, or its own
// database on the MongoDB replica set that scripts/test.mjs started for the MongoDB leg.
import crypto from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

process.env.NODE_ENV = 'test'
process.env.PAYLOAD_SECRET = process.env.PAYLOAD_SECRET || 'test-secret-not-for-production-0123456789'
process.env.SERVER_URL = 'http://localhost:3000'
process.env.MEDIA_DIR = path.join(os.tmpdir(), `vv-media-${process.pid}`)
// No test announces content changes anywhere (src/invalidation/); a test that checks them sets its own receiver.
process.env.CONTENT_CHANGES_URL = 'off'
// No mail leaves a test: without SMTP_HOST it is written to a private outbox folder; a test that reads mail sets
// SMTP_HOST and SMTP_PORT to its own SMTP server (tests/helpers/smtp.ts) before it boots Payload. Retries come fast.
for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'SMTP_SECURE', 'MAIL_FROM']) delete process.env[name]
process.env.MAIL_OUTBOX_DIR = path.join(os.tmpdir(), `vv-outbox-${process.pid}`)
process.env.MAIL_RETRY_DELAY_MS = '5'
delete process.env.ADMIN_EMAIL
delete process.env.ADMIN_PASSWORD

const mongo = process.env.TEST_MONGODB_URI
if (mongo) {
  const url = new URL(mongo)
  url.pathname = `/vv_test_${crypto.randomBytes(4).toString('hex')}`
  process.env.DATABASE_URI = url.toString()
} else {
  process.env.DATABASE_URI = 'file::memory:'
}
