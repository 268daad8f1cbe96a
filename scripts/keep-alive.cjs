// Preloaded by scripts/seed-runner.mjs before any module is evaluated. On Node 20 a start sometimes waits on
// work that no handle keeps alive (inside a dependency's module evaluation or Payload's start), and the process
// would end early with status 13, or 0 with nothing done (seen here about one run in six). This interval holds
// the event loop open; the seed clears it when it is done.
globalThis.__videoveilederKeepAlive = setInterval(() => {}, 60_000)
