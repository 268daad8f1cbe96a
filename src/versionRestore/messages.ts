import type { Message } from '../validation/messages'

export const RESTORE_AS_DRAFT_ONLY: Message = {
  nb: 'En tidligere versjon gjenopprettes bare som et nytt utkast, som går gjennom gjennomgang før det publiseres. Gjenopprett som utkast (draft: true).',
  en: 'An earlier version is restored only as a new draft, which goes through review before it is published. Restore as draft (draft: true).',
}
