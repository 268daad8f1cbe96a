// `npm run seed`: scripts/seed.ts, bundled and run with plain Node (see scripts/script-runner.mjs).
import { main, runScript } from './script-runner.mjs'

export const runSeed = (args = [], env = process.env) => runScript('scripts/seed.ts', args, env)

if (import.meta.url === `file://${process.argv[1]}`) await main('scripts/seed.ts', process.argv.slice(2))
