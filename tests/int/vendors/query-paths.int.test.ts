import { bootWithRoles } from '../../helpers/boot'

// A where through two relationships to a field the reader may not read (vendors -> owner -> members -> email) is
// refused with 400. Payload 3.90.1 validates the deepest collection's path in a promise it pushes after it started
// waiting for the others (database/queryValidation/validateSearchParams.js), so its QueryError was a rejection
// nobody handled, one per request, anonymous readers included (Node's default ends the process; Jest fails the
// test during which it happens). The API's where guard (src/api/guards/checkWhere.ts) now refuses such a path
// before Payload looks at it. (GraphQL's where types name no path through a relationship: its schema refuses them.)

const { booted, actors } = bootWithRoles()

describe('a where two relationships deep is refused without leaving an unhandled rejection', () => {
  it.each([
    ['anonymous', '/vendors?depth=0&where[owner.members.email][like]=a'],
    ['vendor', '/vendors?depth=0&where[owner.members.email][like]=a'],
    ['vendor', '/vendors/versions?depth=0&where[version.owner.members.email][like]=a'],
    ['vendor', '/review-comments?depth=0&where[owner.members.email][like]=a'],
  ])('%s: %s', async (who, path) => {
    const stray: unknown[] = []
    const listen = (reason: unknown) => stray.push(reason)
    process.on('unhandledRejection', listen)
    try {
      const response = await booted.api.get(path, { token: who === 'vendor' ? actors.vendorA.token : undefined })
      // Time for a stray validation to settle inside this test.
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect({ status: response.status, stray: stray.map(String) }).toEqual({ status: 400, stray: [] })
    } finally {
      process.off('unhandledRejection', listen)
    }
  })
})
