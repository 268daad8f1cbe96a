// `npm test`: unit and integration tests on in-memory SQLite, the same integration suite on MongoDB where a
// mongod can be had, then the browser tests. Exits non-zero when any leg fails.
import { bin, run } from './run.mjs'

const MONGO_WAIT_MS = 15000
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() }
const jest = (args, extraEnv = {}) => run(process.execPath, [bin('jest'), ...args], { ...env, ...extraEnv })
const failures = []

console.log('\n== unit and integration tests (SQLite, in memory) ==')
if ((await jest(['--selectProjects', 'unit', 'int'])) !== 0) failures.push('unit/integration (SQLite)')

console.log('\n== integration tests (MongoDB replica set) ==')
const mongo = await startMongo()
if (mongo.server) {
  const code = await jest(['--selectProjects', 'int', '--runInBand'], { TEST_MONGODB_URI: mongo.server.getUri() })
  if (code !== 0) failures.push('integration (MongoDB)')
  await mongo.server.stop()
} else {
  console.log(`MongoDB leg skipped: ${mongo.reason}`)
}

console.log('\n== browser tests (production build, Chromium) ==')
if ((await jest(['--selectProjects', 'e2e', '--runInBand'])) !== 0) failures.push('browser (e2e)')

if (failures.length) {
  console.error(`\nFailed: ${failures.join(', ')}`)
  process.exit(1)
}
console.log('\nAll test legs passed.')
// A mongod download given up on after the timeout may still be running; it must not keep CI waiting.
process.exit(0)

/** A single-node replica set from mongodb-memory-server, or the reason none could be had within 15 s. */
async function startMongo() {
  let timer
  try {
    const { MongoMemoryReplSet } = await import('mongodb-memory-server')
    const starting = MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' } })
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        // If it starts after all, stop it rather than leave a mongod behind.
        starting.then((server) => server.stop()).catch(() => {})
        reject(new Error(`no mongod started within ${MONGO_WAIT_MS / 1000} s`))
      }, MONGO_WAIT_MS)
    })
    const server = await Promise.race([starting, timeout])
    return { server }
  } catch (error) {
    const message = String(error?.message ?? error).replace(/\s+/g, ' ').trim().slice(0, 240)
    const hint = process.env.MONGOMS_SYSTEM_BINARY ? '' : ' (set MONGOMS_SYSTEM_BINARY=/path/to/mongod to use a local one)'
    return { reason: `${message}${hint}` }
  } finally {
    clearTimeout(timer)
  }
}
