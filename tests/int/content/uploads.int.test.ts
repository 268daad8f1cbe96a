import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import sharp from 'sharp'

import { ORIGIN } from '../../helpers/api'
import { bootWithRoles } from '../../helpers/boot'

const { booted, actors, count } = bootWithRoles()
let png: Buffer
let jpeg: Buffer

/** A local server standing in for any remote host: it answers with a PNG and records every request it gets. */
let hits: string[] = []
let server: http.Server
let remote: string

const HTML = '<html><body><script>alert(document.cookie)</script></body></html>'

beforeAll(async () => {
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1e5a8a' } }).png().toBuffer()
  jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#8a1e5a' } }).jpeg().toBuffer()
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '')
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length })
    res.end(png)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  hits = []
})

async function upload(bytes: Buffer, filename: string, type: string, fields: Record<string, unknown> = { alt: 'Et bilde' }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify(fields))
  return booted.api.post('/media', { raw: form, token: actors.editor.token })
}

/** A PNG chunk with its length and CRC, so the file stays a valid PNG that any decoder accepts. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

/** A PNG with an HTML page in a text chunk and another one after the image's end. */
function pngPolyglot(): Buffer {
  const iend = png.length - 12
  const text = pngChunk('tEXt', Buffer.from(`Comment\0${HTML}`, 'latin1'))
  return Buffer.concat([png.subarray(0, iend), text, png.subarray(iend), Buffer.from(HTML)])
}

/** A JPEG with an HTML page in a comment segment right after the start marker. */
function jpegPolyglot(): Buffer {
  const comment = Buffer.from(HTML)
  const header = Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff])
  return Buffer.concat([jpeg.subarray(0, 2), header, comment, jpeg.subarray(2)])
}

async function storedBytes(filename: string): Promise<Buffer> {
  return fs.readFile(path.join(process.env.MEDIA_DIR as string, filename))
}

describe('uploaded images are stored as images only', () => {
  it.each([
    ['a PNG with HTML in a text chunk and after its end', pngPolyglot, 'polyglot.png', 'image/png', 'png'],
    ['a JPEG with HTML in a comment', jpegPolyglot, 'polyglot.jpg', 'image/jpeg', 'jpeg'],
  ])('%s is re-encoded: what is stored and served holds no HTML', async (_what, make, name, type, format) => {
    const bytes = make()
    // The crafted file really is a valid image carrying the page.
    expect((await sharp(bytes).metadata()).format).toBe(format)
    expect(bytes.toString('latin1')).toContain('<script')

    const response = await upload(bytes, name, type)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; mimeType: string; filesize: number; url: string; width: number } }
    expect(doc.mimeType).toBe(type)
    expect(doc.width).toBe(40)

    const stored = await storedBytes(doc.filename)
    expect(stored.length).toBe(doc.filesize)
    for (const marker of ['<html', '<script', 'alert(']) expect(stored.toString('latin1').toLowerCase()).not.toContain(marker)
    expect((await sharp(stored).metadata()).format).toBe(format)

    const served = await booted.api.get(`/media/file/${encodeURIComponent(doc.filename)}`)
    expect(served.status).toBe(200)
    const body = Buffer.from(await served.arrayBuffer())
    expect(body.toString('latin1')).not.toContain('<script')
  })

  it('keeps no EXIF metadata from the camera', async () => {
    const withExif = await sharp(png).withExif({ IFD0: { Artist: 'Hemmelig Person <script>', Copyright: 'x' } }).png().toBuffer()
    expect(withExif.toString('latin1')).toContain('Hemmelig Person')
    const response = await upload(withExif, 'exif.png', 'image/png')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string } }
    expect((await storedBytes(doc.filename)).toString('latin1')).not.toContain('Hemmelig Person')
  })

  it('refuses an image that cannot be decoded, in Norwegian, and stores nothing', async () => {
    const before = await count('media')
    const broken = Buffer.concat([png.subarray(0, 40), Buffer.alloc(64, 0xab)])
    const response = await upload(broken, 'broken.png', 'image/png')
    expect(response.status).toBe(400)
    const text = JSON.stringify(await response.json())
    expect(text).toMatch(/bildet kunne ikke leses/i)
    expect(await count('media')).toBe(before)
  })
})

/**
 * A multipart body written by hand, with the file name in RFC 5987 form (`filename*=UTF-8''logo%00.png`), the
 * form in which a NUL byte survives the multipart parser and reaches Payload as part of the name.
 */
function multipartWithFilename(encodedFilename: string, bytes: Buffer): { body: Buffer; type: string } {
  const boundary = '----vvboundary7MA4YWxkTrZu0gW'
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodedFilename}\r\nContent-Type: image/png\r\n\r\n`, 'latin1'),
    bytes,
    Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"NUL"}\r\n--${boundary}--\r\n`, 'latin1'),
  ])
  return { body, type: `multipart/form-data; boundary=${boundary}` }
}

describe('upload mistakes answer 4xx with a reason', () => {
  it('a NUL byte in the file name is refused with a message, and nothing is stored', async () => {
    const before = await count('media')
    const { body, type } = multipartWithFilename('logo%00.html.png', png)
    const response = await booted.api.post('/media', {
      raw: new Uint8Array(body),
      token: actors.editor.token,
      headers: { 'Content-Type': type },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/filnavnet/i)
    expect(await count('media')).toBe(before)
  })

  it('a file that does not exist answers 404', async () => {
    const response = await booted.api.get('/media/file/finnes-ikke.png')
    expect(response.status).toBe(404)
    const nul = await booted.api.get(`/media/file/${encodeURIComponent('x\u0000.png')}`)
    expect([400, 404]).toContain(nul.status)
  })
})

describe('upload by URL', () => {
  it('is refused over REST and nothing is fetched', async () => {
    const before = await count('media')
    const response = await booted.api.post('/media', {
      body: { alt: 'Fra nett', url: `${remote}/latest/meta-data/x.png`, filename: 'x.png' },
      token: actors.editor.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/adresse|URL/i)
    expect(hits).toEqual([])
    expect(await count('media')).toBe(before)
  })

  it('is refused inside a multipart _payload too', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Fra nett', url: `${remote}/y.png`, filename: 'y.png' }))
    const response = await booted.api.post('/media', { raw: form, token: actors.editor.token })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(hits).toEqual([])
  })

  it('is refused over GraphQL and nothing is fetched', async () => {
    const before = await count('media')
    const { body } = await booted.api.graphql(
      `mutation { createMedia(data: { alt: "Fra nett", url: "${remote}/z.png", filename: "z.png" }) { id } }`,
      { token: actors.editor.token },
    )
    expect(body.data?.createMedia ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(hits).toEqual([])
    expect(await count('media')).toBe(before)
  })

  it('is refused through the Local API with access checks on', async () => {
    const before = await count('media')
    const editor = await booted.payload.findByID({ collection: 'users', id: actors.editor.id, overrideAccess: true })
    await expect(
      booted.payload.create({
        collection: 'media',
        data: { alt: 'Fra nett', url: `${remote}/w.png`, filename: 'w.png' } as never,
        overrideAccess: false,
        user: { ...editor, collection: 'users' },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(hits).toEqual([])
    expect(await count('media')).toBe(before)
  })

  it('a normal upload still works and its URL points at this server', async () => {
    const response = await upload(png, 'normal.png', 'image/png')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { url: string } }
    expect(doc.url.startsWith('/') || doc.url.startsWith(ORIGIN)).toBe(true)
    expect(hits).toEqual([])
  })
})
