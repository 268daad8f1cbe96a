import { bootWithRoles } from '../../helpers/boot'

// A where through two relationships to a field the reader may not read (vendors -> owner -> members -> email) is
// refused with 400, as it must be. Payload 3.90.1 also validates the deepest collection's path in a promise it
// pushes after it started waiting for the others (database/queryValidation/validateSearchParams.js), so that
// check's QueryError is a rejection nobody handles: one per request, anonymous readers included. Next's server
// logs it; a process without such a listener (Node's default) ends. Jest fails a test during which one happens.

const { booted, actors } = bootWithRoles()

describe('a where two relationships deep is refused without leaving an unhandled rejection', () => {
  it.each([
    ['anonymous', '/vendors?depth=0&where[owner.members.email][like]=a'],
    ['vendor', '/vendors?depth=0&where[owner.members.email][like]=a'],
    ['vendor', '/vendors/versions?depth=0&where[version.owner.members.email][like]=a'],
    ['vendor', '/review-comments?depth=0&where[owner.members.email][like]=a'],
  ])('%s: %s', async (who, path) => {
    const response = await booted.api.get(path, { token: who === 'vendor' ? actors.vendorA.token : undefined })
    // Time for the stray validation to settle inside this test.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(response.status).toBe(400)
  })
})
