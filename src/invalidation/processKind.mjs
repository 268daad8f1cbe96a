// Whether this process is a script (npm run seed, npm run publish:document) or an app process. Nothing
// listening at the target means something else in each: in an app process the target is the server itself, so
// a refusal is always a wrong address; a script may simply run while the server is down. Kept on globalThis,
// as the counters are: Next may load this module once per route bundle.
const KEY = Symbol.for('videoveileder.invalidation.script')

/** Called first by each script. @param {boolean} [isScript] */
export function announceAsScript(isScript = true) {
  const store = /** @type {Record<symbol, boolean | undefined>} */ (/** @type {unknown} */ (globalThis))
  store[KEY] = isScript
}

export function isScriptProcess() {
  return /** @type {Record<symbol, boolean | undefined>} */ (/** @type {unknown} */ (globalThis))[KEY] === true
}
