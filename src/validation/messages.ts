/** A validation message in both admin languages; the request's language picks one. */
export type Message = { nb: string; en: string }

type WithLanguage = { req?: { i18n?: { language?: string } } } | undefined

/** Picks the message in the request's admin language, bokmål unless English was asked for. */
export function say(message: Message, options: WithLanguage): string {
  return options?.req?.i18n?.language === 'en' ? message.en : message.nb
}
