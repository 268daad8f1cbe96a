import type { ApiClient } from './api'

/** Payload's GraphQL names for a collection: its query of one, its list query and its mutations' suffix. */
export type GraphqlNames = { one: string; list: string; versions?: string }

/** Written out as Payload names them (PascalCase of the slug; `all…` when singular and plural are the same). */
export const GRAPHQL_NAMES: Record<string, GraphqlNames> = {
  articles: { one: 'Article', list: 'Articles', versions: 'versionsArticles' },
  tariffs: { one: 'Tariff', list: 'Tariffs', versions: 'versionsTariffs' },
  'research-links': { one: 'ResearchLink', list: 'ResearchLinks', versions: 'versionsResearchLinks' },
  vendors: { one: 'Vendor', list: 'Vendors', versions: 'versionsVendors' },
  'vendor-organisations': { one: 'VendorOrganisation', list: 'VendorOrganisations' },
  'profession-categories': { one: 'ProfessionCategory', list: 'ProfessionCategories' },
  media: { one: 'Media', list: 'allMedia' },
  users: { one: 'User', list: 'Users' },
  'preview-links': { one: 'PreviewLink', list: 'PreviewLinks' },
  'review-comments': { one: 'ReviewComment', list: 'ReviewComments' },
  'vendor-invitations': { one: 'VendorInvitation', list: 'VendorInvitations' },
  redirects: { one: 'Redirect', list: 'Redirects' },
  withdrawals: { one: 'Withdrawal', list: 'Withdrawals' },
}

export const GLOBAL_GRAPHQL_NAMES: Record<string, { one: string; versions: string; update: string }> = {
  'site-settings': { one: 'SiteSetting', versions: 'versionsSiteSetting', update: 'updateSiteSetting' },
  navigation: { one: 'Navigation', versions: 'versionsNavigation', update: 'updateNavigation' },
}

type Id = number | string

/** An id (or ids) written into a query: a number as a number, a string quoted (ids are Int on SQLite, String on MongoDB). */
const literal = (value: Id | Id[]): string => JSON.stringify(value)

export type GraphqlOutcome = { ok: boolean; data: any; errors: string }

/** Calls GraphQL and tells a refusal (errors, no data) from an answer. */
async function call(api: ApiClient, query: string, variables: Record<string, unknown>, token?: string, field?: string): Promise<GraphqlOutcome> {
  const { body } = await api.graphql(query, { variables, token })
  const data = field ? body.data?.[field] : body.data
  const errors = (body.errors ?? []).map((e) => e.message).join(' | ')
  return { ok: !body.errors?.length && data !== null && data !== undefined, data, errors }
}

/** GraphQL calls for one collection, as a client would send them (variables carry the data). */
export function graphqlFor(api: ApiClient, slug: string) {
  const names = GRAPHQL_NAMES[slug]
  if (!names) throw new Error(`no GraphQL names written for ${slug}`)
  const { one, list } = names
  return {
    /** The ids the list query returns among `ids` (empty when refused). */
    async listIds(ids: Id[], token?: string): Promise<{ ok: boolean; ids: string[]; errors: string }> {
      // Payload's GraphQL id operator has no `in`: one `equals` per id, any of them.
      const where = `{ OR: [${ids.map((id) => `{ id: { equals: ${literal(id)} } }`).join(', ')}] }`
      const result = await call(api, `{ ${list}(where: ${where}, limit: 100) { docs { id } } }`, {}, token, list)
      return { ok: result.ok, ids: ((result.data?.docs ?? []) as { id: Id }[]).map((d) => String(d.id)), errors: result.errors }
    },
    async byId(id: Id, fields = 'id', token?: string): Promise<GraphqlOutcome> {
      return call(api, `{ ${one}(id: ${literal(id)}) { ${fields} } }`, {}, token, one)
    },
    async create(data: Record<string, unknown>, token?: string, draft?: boolean): Promise<GraphqlOutcome> {
      const draftArg = draft === undefined ? '' : `, draft: ${draft}`
      return call(api, `mutation($data: mutation${one}Input!) { create${one}(data: $data${draftArg}) { id } }`, { data }, token, `create${one}`)
    },
    async update(id: Id, data: Record<string, unknown>, token?: string, draft?: boolean): Promise<GraphqlOutcome> {
      const draftArg = draft === undefined ? '' : `, draft: ${draft}`
      return call(
        api,
        `mutation($data: mutation${one}UpdateInput!) { update${one}(id: ${literal(id)}, data: $data${draftArg}) { id } }`,
        { data },
        token,
        `update${one}`,
      )
    },
    async delete(id: Id, token?: string): Promise<GraphqlOutcome> {
      return call(api, `mutation { delete${one}(id: ${literal(id)}) { id } }`, {}, token, `delete${one}`)
    },
    /** The parent ids of the versions the versions query returns (empty when refused). */
    async versionParents(token?: string): Promise<{ ok: boolean; parents: string[]; errors: string }> {
      if (!names.versions) throw new Error(`${slug} has no versions`)
      const result = await call(api, `{ ${names.versions}(limit: 1000) { docs { id parent { id } } } }`, {}, token, names.versions)
      const docs = (result.data?.docs ?? []) as { parent: { id: Id } | null }[]
      return { ok: result.ok, parents: docs.map((d) => String(d.parent?.id)), errors: result.errors }
    },
    async versionById(versionId: Id, token?: string): Promise<GraphqlOutcome> {
      return call(api, `{ version${one}(id: ${literal(versionId)}) { id } }`, {}, token, `version${one}`)
    },
    /** A restore; a user's restore must ask for a draft (`draft: true`), or it is refused (src/versionRestore/). */
    async restoreVersion(versionId: Id, token?: string, draft?: boolean): Promise<GraphqlOutcome> {
      const draftArg = draft === undefined ? '' : `, draft: ${draft}`
      return call(api, `mutation { restoreVersion${one}(id: ${literal(versionId)}${draftArg}) { id } }`, {}, token, `restoreVersion${one}`)
    },
  }
}
