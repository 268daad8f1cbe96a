import { contentCollection } from '@/collections/contentCollection'
import { answerMissingFileNotFound } from './handlers/answerMissingFileNotFound'
import { reencodeImageUpload } from './hooks/reencodeImageUpload'
import { refuseUnsafeFilename } from './hooks/refuseUnsafeFilename'
import { refuseUploadByURL } from './hooks/refuseUploadByURL'

export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024
const MEDIA_DIR = process.env.MEDIA_DIR || 'media'

/**
 * Images and PDFs. Every file needs alt text; SVG and other types are refused (they can carry script).
 * Images are stored as sharp re-encodes them; files come from an upload, never from a URL the server fetches.
 */
export const Media = contentCollection({
  slug: 'media',
  labels: { singular: { nb: 'Fil', en: 'File' }, plural: { nb: 'Filer og bilder', en: 'Files and images' } },
  admin: { useAsTitle: 'alt' },
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: MEDIA_MIME_TYPES,
    pasteURL: false,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    handlers: [answerMissingFileNotFound(MEDIA_DIR)],
  },
  drafts: false,
  hooks: { beforeOperation: [refuseUnsafeFilename, refuseUploadByURL, reencodeImageUpload] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { nb: 'Alternativ tekst', en: 'Alt text' },
      admin: {
        description: {
          nb: 'Beskriv hva bildet viser for den som ikke ser det.',
          en: 'Describe what the image shows for someone who cannot see it.',
        },
      },
    },
    { name: 'credit', type: 'text', maxLength: 200, label: { nb: 'Foto/kreditering', en: 'Credit' } },
  ],
})
