import { bootWithRoles } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { useReceiver } from '../../helpers/receiver'

// The history pages and feeds are cached under 'change-log': a new entry must expire them like any change.
const receiver = useReceiver()
const { booted, actors } = bootWithRoles()

describe('a change-log entry reaches the cached history pages and feeds', () => {
  it('a major publish announces "change-log" once its entry is readable; a minor one does not', async () => {
    const created = await booted.api.post('/articles?draft=true', { body: { title: `Artikkel ${unique()}`, _status: 'draft' }, token: actors.editor.token })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await booted.api.post('/workflow/transition', { body: { collection: 'articles', id, to: 'in-review' }, token: actors.editor.token })
    const seen: number[] = []
    receiver.state.onReceive = async (received) => {
      if (!(received.tags as string[]).includes('change-log')) return
      seen.push((await booted.payload.count({ collection: 'change-log', where: { docId: { equals: String(id) } }, overrideAccess: true })).totalDocs)
    }
    receiver.clear()
    expect((await booted.api.patch(`/articles/${id}`, { body: { _status: 'published', changeNote: 'Ny artikkel.' }, token: actors.admin.token })).status).toBe(200)
    expect(receiver.tags()).toContain('change-log')
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((n) => n === 1)).toBe(true)

    await booted.api.patch(`/articles/${id}?draft=true`, { body: { title: `Rettet ${unique()}`, _status: 'draft' }, token: actors.editor.token })
    await booted.api.post('/workflow/transition', { body: { collection: 'articles', id, to: 'in-review' }, token: actors.editor.token })
    receiver.clear()
    expect((await booted.api.patch(`/articles/${id}`, { body: { _status: 'published', minorChange: true }, token: actors.admin.token })).status).toBe(200)
    expect(receiver.tags()).not.toContain('change-log')
    expect(receiver.tags()).toContain('articles')
  })
})
