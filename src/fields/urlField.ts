import type { TextField } from 'payload'

import { say, type Message } from '../validation/messages'
import { checkWebUrl } from '../validation/rules'

type Options = { name: string; label: Message; required?: boolean; description?: Message }

/** An absolute http(s) address. Any other scheme, however spelled, is refused with a message. */
export function urlField({ name, label, required = false, description }: Options): TextField {
  return {
    name,
    type: 'text',
    required,
    label,
    maxLength: 2000,
    admin: description ? { description } : undefined,
    validate: (value: unknown, options) => {
      if (required && (typeof value !== 'string' || value.trim() === '')) {
        return say({ nb: 'Fyll inn en nettadresse.', en: 'Enter a web address.' }, options)
      }
      const problem = checkWebUrl(value)
      return problem ? say(problem, options) : true
    },
  }
}
