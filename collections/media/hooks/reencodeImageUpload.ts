import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import { APIError } from 'payload'
import sharp from 'sharp'

import { say } from '@/validation/messages'

/** The raster formats sharp re-encodes, by the MIME type the collection must allow for each. */
const RASTER_FORMATS = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const
type RasterFormat = keyof typeof RASTER_FORMATS

const OUTPUT_OPTIONS = { jpeg: { quality: 90 }, png: {}, webp: { quality: 90 } } as const

const looksLikeImage = (file: NonNullable<PayloadRequest['file']>): boolean =>
  file.mimetype?.startsWith('image/') || /\.(png|jpe?g|webp|gif|svg|avif|heic|tiff?|bmp)$/i.test(file.name ?? '')

const unreadable = (req: PayloadRequest) =>
  new APIError(
    say(
      {
        nb: 'Bildet kunne ikke leses. Last opp et JPEG-, PNG- eller WebP-bilde som åpner seg i et bildeprogram.',
        en: 'The image could not be read. Upload a JPEG, PNG or WebP image that opens in an image viewer.',
      },
      { req },
    ),
    400,
  )

/**
 * Stores what the image decodes to, not the bytes that were sent: the upload is decoded and encoded again by
 * sharp in its own format, turned upright and without metadata. So a PNG or JPEG that also carries an HTML
 * page (in a text chunk, a comment or after its end) or EXIF data is stored as a plain image. PDFs are left
 * to Payload's own checks; a file that claims to be an image but does not decode is refused.
 */
export const reencodeImageUpload: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const bytes = file.tempFilePath ? await fs.readFile(file.tempFilePath) : file.data
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return args

  let format: string | undefined
  let pages = 1
  try {
    const metadata = await sharp(bytes).metadata()
    format = metadata.format
    pages = metadata.pages ?? 1
  } catch {
    if (looksLikeImage(file)) throw unreadable(req)
    return args
  }
  const allowed = typeof collection.upload === 'object' ? (collection.upload.mimeTypes ?? []) : []
  if (!format || !(format in RASTER_FORMATS) || !allowed.includes(RASTER_FORMATS[format as RasterFormat])) {
    throw new APIError(
      say(
        {
          nb: `Bildeformatet (${format ?? 'ukjent'}) er ikke tillatt. Last opp et JPEG-, PNG- eller WebP-bilde.`,
          en: `The image format (${format ?? 'unknown'}) is not allowed. Upload a JPEG, PNG or WebP image.`,
        },
        { req },
      ),
      400,
    )
  }

  const raster = format as RasterFormat
  let output: Buffer
  try {
    output = await sharp(bytes, { animated: pages > 1 })
      .rotate()
      .toFormat(raster, OUTPUT_OPTIONS[raster])
      .toBuffer()
  } catch {
    throw unreadable(req)
  }
  if (file.tempFilePath) await fs.writeFile(file.tempFilePath, output)
  req.file = { ...file, data: output, size: output.length, mimetype: RASTER_FORMATS[raster] }
  return args
}
