import type { GlobalConfig } from 'payload'

import { globalAccessFor } from '../access/accessFor'
import { recordGlobalChange } from '../audit/hooks/recordGlobalChange'
import { revalidateGlobal } from '../hooks/revalidateContent'
import { linkHrefField } from '../fields/linkHrefField'

const linkList = (name: string, label: { nb: string; en: string }) => ({
  name,
  type: 'array' as const,
  label,
  maxRows: 12,
  fields: [
    { name: 'label', type: 'text' as const, required: true, localized: true, maxLength: 80, label: { nb: 'Tekst', en: 'Text' } },
    linkHrefField(),
  ],
})

/** The main menu and the footer. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { nb: 'Meny og bunntekst', en: 'Navigation and footer' },
  access: globalAccessFor('navigation'),
  admin: { group: { nb: 'Administrasjon', en: 'Administration' } },
  versions: { max: 50 },
  hooks: { afterChange: [revalidateGlobal('navigation'), recordGlobalChange] },
  fields: [
    linkList('mainMenu', { nb: 'Hovedmeny', en: 'Main menu' }),
    linkList('footerLinks', { nb: 'Lenker i bunnteksten', en: 'Footer links' }),
    { name: 'footerText', type: 'textarea', localized: true, maxLength: 600, label: { nb: 'Tekst i bunnteksten', en: 'Footer text' } },
  ],
}
