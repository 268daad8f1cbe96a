import sharp from 'sharp'

import { MEDIA_MAX_BYTES } from '../../../collections/media'
import { bootWithRoles } from '../../helpers/boot'

const { booted, actors, count } = bootWithRoles()
let png: Buffer

beforeAll(async () => {
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1e5a8a' } }).png().toBuffer()
})

/** Uploads one file the way the admin does: multipart with the file and the other fields as `_payload`. */
async function upload(bytes: Buffer, filename: string, type: string, fields: Record<string, unknown> = { alt: 'Et bilde' }, token = actors.editor.token) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(fields))
  return booted.api.post('/media', { raw: form, token })
}

describe('media uploads', () => {
  it('accepts a PNG with alt text and makes the resized versions', async () => {
    const response = await upload(png, 'logo.png', 'image/png', { alt: 'Logo', credit: 'Foto: Direktoratet' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { mimeType: string; sizes: Record<string, { filename: string | null }> } }
    expect(doc.mimeType).toBe('image/png')
    expect(Object.keys(doc.sizes).sort()).toEqual(['card', 'hero', 'thumbnail'])
  })

  it('requires alt text', async () => {
    const before = await count('media')
    const response = await upload(png, 'no-alt.png', 'image/png', {})
    expect(response.status).toBe(400)
    expect(await count('media')).toBe(before)
  })

  it.each([
    ['an SVG with script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg', 'image/svg+xml'],
    ['an SVG renamed to .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.png', 'image/png'],
    ['a renamed executable', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(512)]), 'photo.png', 'image/png'],
    ['a PDF with a wrong magic number', Buffer.from('NOTPDF-1.4\n%%EOF\n'.repeat(10)), 'report.pdf', 'application/pdf'],
    ['an HTML page', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), 'page.html', 'text/html'],
  ])('refuses %s and stores nothing', async (_what, bytes, name, type) => {
    const before = await count('media')
    const response = await upload(bytes, name, type)
    expect(response.status).toBe(400)
    expect(await count('media')).toBe(before)
  })

  it('refuses a file over the size limit', async () => {
    const before = await count('media')
    const big = Buffer.concat([png, Buffer.alloc(MEDIA_MAX_BYTES + 1024)])
    const response = await upload(big, 'big.png', 'image/png')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await count('media')).toBe(before)
  })

  it('lets only staff upload', async () => {
    expect((await upload(png, 'v.png', 'image/png', { alt: 'x' }, actors.vendorA.token)).status).toBe(403)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anon.png')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    expect((await booted.api.post('/media', { raw: form })).status).toBe(403)
  })
})
