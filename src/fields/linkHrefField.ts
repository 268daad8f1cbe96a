import type { TextField } from 'payload'

import { say } from '../validation/messages'
import { checkLinkHref } from '../validation/rules'

/** A link target for navigation and contact boxes: http(s), mailto:, tel: or a path on this site. */
export function linkHrefField(name = 'href', required = true): TextField {
  return {
    name,
    type: 'text',
    required,
    maxLength: 2000,
    label: { nb: 'Lenke', en: 'Link' },
    admin: { description: { nb: 'https://…, mailto:…, tel:… eller /side', en: 'https://…, mailto:…, tel:… or /page' } },
    validate: (value: unknown, options) => {
      if (required && (typeof value !== 'string' || !value.trim())) {
        return say({ nb: 'Fyll inn en lenke.', en: 'Enter a link.' }, options)
      }
      const problem = checkLinkHref(value)
      return problem ? say(problem, options) : true
    },
  }
}
