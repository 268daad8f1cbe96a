// `npm run seed`: scripts/seed.ts, bundled and run with plain Node (see scripts/script-runner.mjs).
import { main } from './script-runner.mjs'

await main('scripts/seed.ts', process.argv.slice(2))
