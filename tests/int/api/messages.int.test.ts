import { FIXTURE_PASSWORD } from '../../fixtures/users'
import { bootWithRoles } from '../../helpers/boot'
import { messageOf } from '../../helpers/refusals'

/**
 * What a refusal says. In the API's default language (bokmål) every refusal says in Norwegian what was wrong
 * and what to do; with `Accept-Language: en` it says the same in English. Project messages from hooks and
 * validators reach the top-level message instead of hiding behind Payload's English wrapper.
 */
const { booted, actors } = bootWithRoles()

const EN = { 'Accept-Language': 'en' }

async function saveArticle(slug: string) {
  return booted.payload.create({ collection: 'articles', data: { title: `Artikkel ${slug}`, slug }, overrideAccess: true })
}

function paragraphWithLink(url: string) {
  const text = { type: 'text', version: 1, text: 'trykk her', format: 0, detail: 0, mode: 'normal', style: '' }
  const link = { type: 'link', version: 3, format: '', indent: 0, direction: null, fields: { linkType: 'custom', url, newTab: false }, children: [text] }
  const paragraph = { type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, children: [link] }
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } }
}

describe('malformed requests', () => {
  it('malformed JSON says so in Norwegian', async () => {
    const response = await booted.api.post('/articles', { token: actors.editor.token, raw: '{"title":', headers: { 'Content-Type': 'application/json' } })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toMatch(/^Innholdet i forespørselen er ikke gyldig JSON/)
  })

  it('malformed JSON in English when asked', async () => {
    const response = await booted.api.post('/articles', {
      token: actors.editor.token,
      raw: '{"title":',
      headers: { 'Content-Type': 'application/json', ...EN },
    })
    expect(await messageOf(response)).toMatch(/^The request body is not valid JSON/)
  })

  it('an address the API does not have says so in Norwegian', async () => {
    const response = await booted.api.get('/artikler')
    expect(response.status).toBe(404)
    expect(((await response.json()) as { message: string }).message).toBe(
      'API-et har ingen adresse /api/artikler. Sjekk navnet på samlingen og resten av stien.',
    )
  })

  it('a cookie with broken percent-encoding does not turn the answer into a 500', async () => {
    const response = await booted.api.get('/artikler', { headers: { Cookie: 'payload-lng=%E0' } })
    expect(response.status).toBe(404)
    expect(((await response.json()) as { message: string }).message).toMatch(/^API-et har ingen adresse \/api\/artikler/)
  })

  it('a path that cannot be queried is named in Norwegian', async () => {
    const response = await booted.api.get('/articles?where[nope][equals]=1')
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toBe('Du kan ikke søke eller sortere på dette feltet: nope. Sjekk feltnavnet i where eller sort.')
  })
})

describe('passwords', () => {
  it('forgot-password with an empty email asks for the address', async () => {
    const response = await booted.api.post('/users/forgot-password', { body: { email: '' } })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toBe('Skriv inn e-postadressen du logger inn med.')
  })

  it('forgot-password with an empty email in English', async () => {
    const response = await booted.api.post('/users/forgot-password', { body: { email: '' }, headers: EN })
    expect(await messageOf(response)).toBe('Enter the e-mail address you log in with.')
  })

  const RESET_MESSAGE = 'Lenken for å lage nytt passord er ugyldig, allerede brukt eller utløpt. Be om en ny lenke under «Glemt passord?».'

  it('a bogus reset token says what to do', async () => {
    const response = await booted.api.post('/users/reset-password', { body: { token: 'bogus', password: 'Et-nytt-passord-123' } })
    expect(response.status).toBe(403)
    expect(await messageOf(response)).toBe(RESET_MESSAGE)
  })

  it('a reused reset token says the same', async () => {
    const token = await booted.payload.forgotPassword({ collection: 'users', data: { email: actors.vendorB.email }, disableEmail: true })
    const first = await booted.api.post('/users/reset-password', { body: { token, password: FIXTURE_PASSWORD } })
    expect(first.status).toBe(200)
    const second = await booted.api.post('/users/reset-password', { body: { token, password: FIXTURE_PASSWORD } })
    expect(second.status).toBe(403)
    expect(await messageOf(second)).toBe(RESET_MESSAGE)
  })

  it('an expired reset token says the same', async () => {
    const token = await booted.payload.forgotPassword({ collection: 'users', data: { email: actors.vendorA.email }, disableEmail: true })
    await booted.payload.update({
      collection: 'users',
      id: actors.vendorA.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 60_000).toISOString() },
      overrideAccess: true,
    })
    const response = await booted.api.post('/users/reset-password', { body: { token, password: FIXTURE_PASSWORD } })
    expect(response.status).toBe(403)
    expect(await messageOf(response)).toBe(RESET_MESSAGE)
  })

  it('a bogus reset token in English', async () => {
    const response = await booted.api.post('/users/reset-password', { body: { token: 'bogus', password: 'Et-nytt-passord-123' }, headers: EN })
    expect(await messageOf(response)).toMatch(/^The link to set a new password is invalid, already used or expired/)
  })
})

describe('validation errors carry the reason in the top-level message', () => {
  it('a slug that is taken', async () => {
    await saveArticle('opptatt')
    const response = await booted.api.post('/articles', { token: actors.editor.token, body: { title: 'Ny', slug: 'opptatt' } })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toBe(
      'Følgende felt er ugyldig: Adresse (slug): Adressen «opptatt» er allerede i bruk. Velg en annen, eller tøm feltet for å lage en automatisk.',
    )
  })

  it('a slug that is taken, in English', async () => {
    const response = await booted.api.post('/articles', { token: actors.editor.token, body: { title: 'Ny', slug: 'opptatt' }, headers: EN })
    expect(await messageOf(response)).toMatch(/^The following field is invalid: Slug: The slug "opptatt" is already taken/)
  })

  it('a tariff without profession', async () => {
    const response = await booted.api.post('/tariffs', {
      token: actors.editor.token,
      body: { code: 'X1', title: 'Takst', effectiveFrom: '2020-03-23T00:00:00.000Z' },
    })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toMatch(/^Følgende felt er ugyldig: Faggrupper: Velg minst én faggruppe eller ett yrke taksten gjelder for\./)
  })

  it('a password that is too short', async () => {
    const response = await booted.api.post('/users', {
      token: actors.admin.token,
      body: { email: 'kort@test.videoveileder.no', password: 'ab', name: 'Kort', roles: ['editor'] },
    })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toMatch(/^Følgende felt er ugyldig: Passord: .*(minst|lengre|tegn)/)
  })

  it('a link in rich text with a forbidden scheme gives the project’s reason', async () => {
    const response = await booted.api.post('/articles', {
      token: actors.editor.token,
      body: { title: 'Lenke', body: paragraphWithLink('javascript:alert(1)') },
    })
    expect(response.status).toBe(400)
    const message = await messageOf(response)
    expect(message).toMatch(/Brødtekst/)
    expect(message).toMatch(/Lenken «javascript:alert\(1\)» er ugyldig: Lenken må begynne med https:\/\/, http:\/\/, mailto:, tel: eller \//)
    expect(message).not.toMatch(/node failed to validate/)
  })

  it('a refused upload says why', async () => {
    const form = new FormData()
    form.append('file', new Blob(['hei'], { type: 'text/plain' }), 'notat.txt')
    form.append('_payload', JSON.stringify({ alt: 'Notat' }))
    const response = await booted.api.post('/media', { token: actors.editor.token, raw: form })
    expect(response.status).toBe(400)
    const message = await messageOf(response)
    expect(message).toMatch(/^Følgende felt er ugyldig: Fil: /)
    expect(message).toMatch(/Filtypen text\/plain .*er ikke tillatt/)
    expect(message).toMatch(/JPEG, PNG, WebP eller PDF/)
  })
})

describe('a document locked by another user', () => {
  it('says who may edit it and when, in Norwegian', async () => {
    const doc = await booted.payload.create({
      collection: 'research-links',
      data: { title: 'Låst', kind: 'report', url: 'https://example.no/laast' } as never,
      overrideAccess: true,
    })
    await booted.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'research-links', value: doc.id }, user: { relationTo: 'users', value: actors.admin.id } } as never,
      overrideAccess: true,
    })
    const response = await booted.api.patch(`/research-links/${doc.id}`, { token: actors.editor.token, body: { title: 'Endret' } })
    expect(response.status).toBe(423)
    expect(await messageOf(response)).toBe(
      'Dokumentet er åpent for redigering hos en annen bruker og kan ikke endres nå. Prøv igjen om noen minutter, eller be den andre lukke det.',
    )
  })
})

describe('login: a locked account answers like an unknown one', () => {
  const login = (email: string, password: string, headers?: Record<string, string>) =>
    booted.api.post('/users/login', { body: { email, password }, headers })

  it('same status and message for locked, wrong password and unknown; the right password still fails while locked', async () => {
    const { email } = await booted.payload.create({
      collection: 'users',
      data: { email: 'laas@test.videoveileder.no', password: FIXTURE_PASSWORD, name: 'Låst', roles: ['vendor'] },
      overrideAccess: true,
    })
    const wrong = await login(email, 'feil-passord')
    const wrongMessage = await messageOf(wrong)
    for (let i = 0; i < 5; i++) await login(email, 'feil-passord')
    const locked = await login(email, 'feil-passord')
    const lockedRight = await login(email, FIXTURE_PASSWORD)
    const unknown = await login('ingen@test.videoveileder.no', 'feil-passord')

    const unknownMessage = await messageOf(unknown)
    expect(unknownMessage).toMatch(/^E-postadressen eller passordet er feil/)
    for (const response of [locked, lockedRight]) {
      expect(response.status).toBe(unknown.status)
      expect(await messageOf(response)).toBe(unknownMessage)
    }
    expect(wrong.status).toBe(unknown.status)
    expect(wrongMessage).toBe(unknownMessage)
    const stored = await booted.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
    expect(stored.docs[0]?.lockUntil).toBeTruthy()
  })

  it('GraphQL answers a locked account like an unknown one too, error name included', async () => {
    const loginUser = (email: string, password: string) =>
      booted.api.graphql(`mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`)
    const locked = (await loginUser('laas@test.videoveileder.no', FIXTURE_PASSWORD)).body.errors?.[0]
    const unknown = (await loginUser('ingen@test.videoveileder.no', 'feil-passord')).body.errors?.[0]
    expect(unknown?.message).toMatch(/^E-postadressen eller passordet er feil/)
    expect({ message: locked?.message, extensions: locked?.extensions }).toEqual({ message: unknown?.message, extensions: unknown?.extensions })
  })

  it('the same in English', async () => {
    const locked = await login('laas@test.videoveileder.no', FIXTURE_PASSWORD, EN)
    const unknown = await login('ingen@test.videoveileder.no', 'feil-passord', EN)
    expect(locked.status).toBe(unknown.status)
    const message = await messageOf(unknown)
    expect(message).toMatch(/^The e-mail address or password is incorrect/)
    expect(await messageOf(locked)).toBe(message)
  })
})
