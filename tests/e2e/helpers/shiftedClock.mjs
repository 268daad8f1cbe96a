// Test-only (loaded with `node --import` into a second production server by tests/e2e/tariff-state.e2e.test.ts):
// this process's clock runs ahead of the real one by the milliseconds in CLOCK_OFFSET_FILE, read at start and
// every 100 ms after (the server is a process group of its own, out of a signal's reach), so a test can bring a
// date boundary a few seconds close. Timers and performance.now() keep real time; only Date moves.
import fs from 'node:fs'

const file = process.env.CLOCK_OFFSET_FILE
let offset = 0

function readOffset() {
  const value = file && fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0
  offset = Number.isFinite(value) ? value : 0
}

readOffset()
setInterval(readOffset, 100).unref()

const RealDate = Date

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset)
    else super(...args)
  }

  static now() {
    return RealDate.now() + offset
  }
}

globalThis.Date = ShiftedDate
