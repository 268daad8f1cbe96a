/** What reading a form posted by the public came to: its fields, too large, or not a form. */
export type LimitedForm = { ok: true; form: FormData } | { ok: false; status: 400 | 413 }

/**
 * Reads an anonymous POST's urlencoded or multipart form, stopping as soon as the body passes `maxBytes`, whether
 * or not the client sent a Content-Length (a chunked body has none, and `request.formData()` would read all of it).
 */
export async function readLimitedForm(request: Request, maxBytes: number): Promise<LimitedForm> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, status: 413 }
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        return { ok: false, status: 413 }
      }
      chunks.push(value)
    }
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    const type = request.headers.get('content-type') ?? ''
    return { ok: true, form: await new Response(body, { headers: { 'content-type': type } }).formData() }
  } catch {
    return { ok: false, status: 400 }
  }
}
