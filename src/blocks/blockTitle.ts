import type { I18nClient } from '@payloadcms/translations'
import { getTranslation } from '@payloadcms/translations'

import { RESEARCH_KINDS } from '../domain/researchKinds'
import { SOLUTION_TYPES } from '../domain/solutionTypes'

type Label = string | Record<string, string>
export type BlockSettings = Record<string, unknown> & { blockType?: string }

/** What a block's own settings say about it, in the admin's language (the category's name is looked up). */
export type BlockFacts = { label: Label; settings: BlockSettings; categoryName?: string | null }

const ALL_GROUPS = { nb: 'alle faggrupper', en: 'all profession groups' }
const ALL_KINDS = { nb: 'alle typer', en: 'all kinds' }
const AS_OF = { nb: 'per', en: 'as of' }

/** dd.MM.yyyy, the admin's date format (src/fields/dayOnly.ts). */
function day(value: unknown): string | null {
  const date = typeof value === 'string' ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) return null
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()}`
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

/**
 * The title of an article-body block in the admin, from its settings: "Leverandørliste: Leger · Frittstående
 * videoløsning". Without it every block is titled by an empty block name ("Uten tittel").
 */
export function blockTitle({ label, settings, categoryName }: BlockFacts, i18n: Pick<I18nClient, 'language' | 'fallbackLanguage'>): string {
  const t = (l: Label) => getTranslation(l, i18n as I18nClient)
  const details: (string | null)[] = []
  switch (settings.blockType) {
    case 'vendorList': {
      const type = SOLUTION_TYPES.find((s) => s.value === settings.solutionType)
      details.push(categoryName ?? null, type ? t(type.label) : null)
      break
    }
    case 'tariffTable': {
      const asOf = day(settings.asOf)
      details.push(categoryName ?? t(ALL_GROUPS), asOf ? `${t(AS_OF)} ${asOf}` : null)
      break
    }
    case 'researchList': {
      const kind = RESEARCH_KINDS.find((k) => k.value === settings.kind)
      details.push(kind ? t(kind.label) : t(ALL_KINDS))
      break
    }
    default:
      details.push(text(settings.title))
  }
  const shown = details.filter((d): d is string => Boolean(d))
  return shown.length ? `${t(label)}: ${shown.join(' · ')}` : t(label)
}
