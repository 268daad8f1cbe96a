import { beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'

import type { User } from '../../../payload-types'
import type { Viewer } from '../../../src/content/viewer'

/** Every wrapper `unstable_cache` made, and each time Next's cache ran one (a miss, or a background refresh). */
type Wrapper = { keyParts: string[]; options: { tags?: string[]; revalidate?: number | false }; runs: unknown[][] }
const wrappers: Wrapper[] = []
/** How many cache runs are under way: a read that starts while this is above 0 is one the cache would store. */
let insideCache = 0

// A recording stand-in for Next's data cache: it stores nothing and runs the read on every call, but notes
// that the read went through the cache. What it sees is exactly what Next would store and share.
jest.unstable_mockModule('next/cache', () => ({
  unstable_cache: (read: (...args: unknown[]) => Promise<unknown>, keyParts: string[], options: Wrapper['options']) => {
    const wrapper: Wrapper = { keyParts, options, runs: [] }
    wrappers.push(wrapper)
    return async (...args: unknown[]) => {
      wrapper.runs.push(args)
      insideCache += 1
      try {
        return await read(...args)
      } finally {
        insideCache -= 1
      }
    }
  },
}))
// No database here: the viewer module's session check is never called by the cache wrapper.
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('../../../src/content/payload', () => ({
  payloadClient: async () => {
    throw new Error('a unit test of the cache reads no database')
  },
}))

let cachedForPublic: typeof import('../../../src/content/cached').cachedForPublic
let ANONYMOUS: Viewer

const user = (roles: string[]) => ({ id: 7, email: 'someone@example.no', roles }) as unknown as User
const staff: Viewer = { kind: 'staff', user: user(['editor']) }
const admin: Viewer = { kind: 'staff', user: user(['admin']) }
const vendor: Viewer = { kind: 'vendor', user: user(['vendor']) }

const runs = () => wrappers.reduce((n, w) => n + w.runs.length, 0)

beforeAll(async () => {
  ;({ cachedForPublic } = await import('../../../src/content/cached'))
  ;({ ANONYMOUS } = await import('../../../src/content/viewer'))
})

describe('cachedForPublic: only the public reads go through the shared cache', () => {
  let read: jest.Mock<(viewer: Viewer, lang: string, slug: string) => Promise<string>>
  let readUnderTest: (viewer: Viewer, lang: string, slug: string) => Promise<string>
  /** Each read's viewer, and whether it ran inside the cache. */
  let seen: { viewer: Viewer; cached: boolean }[]

  beforeEach(() => {
    wrappers.length = 0
    seen = []
    read = jest.fn(async (viewer: Viewer, lang: string, slug: string) => {
      seen.push({ viewer, cached: insideCache > 0 })
      return `${viewer.kind}:${lang}:${slug}`
    })
    readUnderTest = cachedForPublic('test-read', ['vendors'], read)
  })

  it("the public's read runs through the cache, tagged, and as the public", async () => {
    expect(await readUnderTest(ANONYMOUS, 'nb', 'a')).toBe('anonymous:nb:a')
    expect(wrappers).toHaveLength(1)
    expect(wrappers[0]!.runs).toEqual([['nb', 'a']])
    expect(wrappers[0]!.options.tags).toEqual(['vendors'])
    expect(wrappers[0]!.keyParts.join()).toContain('test-read')
    expect(read.mock.calls).toEqual([[ANONYMOUS, 'nb', 'a']])
    expect(seen).toEqual([{ viewer: ANONYMOUS, cached: true }])
  })

  it.each([
    ['an editor', staff],
    ['an admin', admin],
    ['a vendor', vendor],
  ])('%s in draft mode reads uncached, as itself, and the cache never runs', async (_who, viewer) => {
    expect(await readUnderTest(viewer, 'en', 'b')).toBe(`${viewer.kind}:en:b`)
    expect(await readUnderTest(viewer, 'nb', 'c')).toBe(`${viewer.kind}:nb:c`)
    expect(runs()).toBe(0)
    expect(read.mock.calls).toEqual([
      [viewer, 'en', 'b'],
      [viewer, 'nb', 'c'],
    ])
    expect(seen.map((r) => r.cached)).toEqual([false, false])
  })

  it('with the public and signed-in viewers mixed, the cache runs only for the public, and only ever reads as the public', async () => {
    for (const viewer of [staff, ANONYMOUS, vendor, admin, ANONYMOUS, vendor]) await readUnderTest(viewer, 'nb', 'x')
    expect(runs()).toBe(2)
    // Whatever the cache ran (and would store) was read as the public, and every signed-in read ran outside it.
    expect(seen.filter((r) => r.cached).map((r) => r.viewer)).toEqual([ANONYMOUS, ANONYMOUS])
    expect(seen.filter((r) => !r.cached).map((r) => r.viewer)).toEqual([staff, vendor, admin, vendor])
  })

  it("a user's data never enters the cache's key or arguments", async () => {
    await readUnderTest(staff, 'nb', 'x')
    await readUnderTest(vendor, 'nb', 'x')
    await readUnderTest(ANONYMOUS, 'nb', 'x')
    const stored = JSON.stringify(wrappers.map((w) => [w.keyParts, w.runs]))
    expect(stored).not.toContain('someone@example.no')
    expect(stored).not.toContain('editor')
  })
})
