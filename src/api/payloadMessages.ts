import type { Message } from '@/validation/messages'

/** What a rule may need to say more than the English text does. */
export type MessageContext = {
  /** MIME types the collection's uploads accept, when it has uploads. */
  mimeTypes?: string[]
}

type Rule = { pattern: RegExp; build: (match: string[], context: MessageContext) => Message }

const MIME_NAMES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
}

function allowedTypes(context: MessageContext): Message | null {
  const names = (context.mimeTypes ?? []).map((type) => MIME_NAMES[type] ?? type)
  if (names.length === 0) return null
  const list = (and: string) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`)
  return { nb: ` Last opp ${list('eller')}.`, en: ` Upload ${list('or')}.` }
}

const RESET_REFUSED: Message = {
  nb: 'Lenken for å lage nytt passord er ugyldig, allerede brukt eller utløpt. Be om en ny lenke under «Glemt passord?».',
  en: 'The link to set a new password is invalid, already used or expired. Ask for a new link under "Forgot password?".',
}

/**
 * Messages that Payload 3.90 writes in English in its source rather than through its translations, each with
 * a Norwegian and English text that says what was wrong and what to do. Matched anywhere in a message, so
 * texts that Payload joins or wraps are translated too.
 */
const RULES: Rule[] = [
  {
    pattern: /^Invalid JSON$/,
    build: () => ({
      nb: 'Innholdet i forespørselen er ikke gyldig JSON. Rett skrivefeilen og send det igjen med Content-Type: application/json.',
      en: 'The request body is not valid JSON. Fix the typo and send it again with Content-Type: application/json.',
    }),
  },
  { pattern: /^Token is either invalid or has expired\.$/, build: () => RESET_REFUSED },
  {
    pattern: /^The following paths? cannot be queried: (.+)$/,
    build: ([, paths]) =>
      paths!.includes(',')
        ? {
            nb: `Du kan ikke søke eller sortere på disse feltene: ${paths}. Sjekk feltnavnene i where eller sort.`,
            en: `You cannot search or sort on these fields: ${paths}. Check the field names in where or sort.`,
          }
        : {
            nb: `Du kan ikke søke eller sortere på dette feltet: ${paths}. Sjekk feltnavnet i where eller sort.`,
            en: `You cannot search or sort on this field: ${paths}. Check the field name in where or sort.`,
          },
  },
  {
    pattern: /^(?:Global document with slug "[^"]*"|Document with ID \S+) is currently locked by another user and cannot be \w+\.$/,
    build: () => ({
      nb: 'Dokumentet er åpent for redigering hos en annen bruker og kan ikke endres nå. Prøv igjen om noen minutter, eller be den andre lukke det.',
      en: 'Another user has this document open for editing, so it cannot be changed now. Try again in a few minutes, or ask them to close it.',
    }),
  },
  {
    pattern: /File type (\S+) \(from extension (\S*)\) is not allowed\./g,
    build: ([, type, extension], context) => {
      const allowed = allowedTypes(context)
      return {
        nb: `Filtypen ${type} (filendelse .${extension}) er ikke tillatt.${allowed?.nb ?? ''}`,
        en: `The file type ${type} (extension .${extension}) is not allowed.${allowed?.en ?? ''}`,
      }
    },
  },
  {
    pattern: /Invalid MIME type: ([^.,\s]+(?:\.[^.,\s]+)*)\./g,
    build: ([, type], context) => {
      const allowed = allowedTypes(context)
      return {
        nb: `Innholdet i filen er ${type}, og det er ikke tillatt.${allowed?.nb ?? ''}`,
        en: `The file's content is ${type}, which is not allowed.${allowed?.en ?? ''}`,
      }
    },
  },
  {
    pattern: /Invalid or corrupted PDF file\.|Invalid PDF file\./g,
    build: () => ({ nb: 'PDF-filen er skadet eller ikke en ekte PDF. Lagre den på nytt som PDF og last den opp igjen.', en: 'The PDF file is damaged or not a real PDF. Save it again as PDF and upload it again.' }),
  },
  {
    pattern: /SVG file contains potentially harmful content\./g,
    build: () => ({ nb: 'SVG-filen inneholder kode som kan være skadelig. Last opp bildet som PNG eller WebP.', en: 'The SVG file contains code that may be harmful. Upload the image as PNG or WebP.' }),
  },
  {
    pattern: /File type '([^']*)' not allowed [^:]*: Restricted file type detected[^.]*\./g,
    build: ([, type], context) => {
      const allowed = allowedTypes(context)
      return { nb: `Filtypen ${type} er ikke tillatt.${allowed?.nb ?? ''}`, en: `The file type ${type} is not allowed.${allowed?.en ?? ''}` }
    },
  },
  {
    pattern: /This relationship field has the following invalid relationships: (.+)$/,
    build: ([, ids]) => ({
      nb: `Dette feltet viser til ID-er som ikke er gyldige: ${ids}. Velg på nytt.`,
      en: `This field refers to ids that are not valid: ${ids}. Choose again.`,
    }),
  },
  {
    pattern: /^Something went wrong\.$/,
    build: () => ({ nb: 'Noe gikk galt hos oss. Prøv igjen om litt.', en: 'Something went wrong on our side. Try again in a moment.' }),
  },
]

/** The message in the request's language when Payload wrote it in English; otherwise the message unchanged. */
export function translatePayloadMessage(message: string, language: string | undefined, context: MessageContext = {}): string {
  const pick = (text: Message) => (language === 'en' ? text.en : text.nb)
  let result = message
  for (const rule of RULES) {
    result = result.replace(rule.pattern, (...args) => pick(rule.build(args.slice(0, -2) as string[], context)))
  }
  return result
}
