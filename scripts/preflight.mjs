// Checks the environment before anything starts or writes: one clear line per problem and a non-zero exit.
import nextEnv from '@next/env'

import { checkEnvironment, resolveDatabase } from '../src/config/env.mjs'
import { pushedSchemaLine, sqliteFile, wasSchemaPushed } from '../src/db/schemaOrigin.mjs'

/** Reads .env files the way Next does, so the checks, the seed and Next all see the same configuration. */
export function loadEnvFiles(dev) {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: (...a) => console.error(...a) })
}

const MONGO_TIMEOUT_MS = 6000

/** Answers within about 8 s whether MongoDB at the configured URI can be reached. */
async function checkMongo(uri, host) {
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS, connectTimeoutMS: MONGO_TIMEOUT_MS })
  try {
    await client.connect()
    await client.db('admin').command({ ping: 1 })
    return null
  } catch (error) {
    const cause = error?.cause?.code ?? error?.code ?? error?.name ?? 'error'
    return `Cannot reach MongoDB at ${host} within ${MONGO_TIMEOUT_MS / 1000} s (${cause}). Start it (docker compose up -d mongo) or fix DATABASE_URI.`
  } finally {
    await client.close().catch(() => {})
  }
}

export async function preflight(env = process.env) {
  const problems = checkEnvironment(env)
  if (problems.length === 0) {
    const db = resolveDatabase(env.DATABASE_URI)
    if (db.kind === 'mongodb') {
      const problem = await checkMongo(db.uri, db.host)
      if (problem) problems.push(problem)
    } else if (await wasSchemaPushed(db.uri)) {
      problems.push(pushedSchemaLine(sqliteFile(db.uri)))
    }
  }
  return problems
}

/** Prints the problems, one line each, and exits non-zero when there are any. */
export async function preflightOrExit(env = process.env) {
  const problems = await preflight(env)
  if (problems.length) {
    for (const p of problems) console.error(`[videoveileder] ${p}`)
    process.exit(1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await preflightOrExit()
