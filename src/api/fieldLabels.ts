import type { Field } from 'payload'

type AnyField = Field & { name?: string; label?: unknown; fields?: Field[]; tabs?: (Field & { fields: Field[] })[]; blocks?: { fields: Field[] }[] }

/** Fields Payload adds to auth and upload collections outside their `fields`. */
const SYSTEM_LABELS: Record<string, Record<string, string>> = {
  password: { nb: 'Passord', en: 'Password' },
  confirmPassword: { nb: 'Bekreft passord', en: 'Confirm password' },
  file: { nb: 'Fil', en: 'File' },
}

/** A static label in the given language (bokmål, then the first one, when missing). */
export function textOf(label: unknown, language: string): string | undefined {
  if (typeof label === 'string') return label
  // src/plugins/labelsPerLanguage.ts turns { nb, en } labels into functions of the language.
  if (typeof label === 'function') return textOf(label({ i18n: { language, fallbackLanguage: 'nb' }, t: (key: string) => key }), language)
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = byLanguage[language] ?? byLanguage.nb ?? Object.values(byLanguage)[0]
    return typeof text === 'string' ? text : undefined
  }
  return undefined
}

/** The named fields one level down, looking through rows, collapsibles and unnamed tabs. */
function namedFields(fields: Field[]): AnyField[] {
  return (fields as AnyField[]).flatMap((field) => {
    if (field.type === 'tabs') return (field.tabs ?? []).flatMap((tab) => ('name' in tab && tab.name ? [tab as AnyField] : namedFields(tab.fields)))
    if (!field.name && field.fields) return namedFields(field.fields)
    return field.name ? [field] : []
  })
}

function childFields(field: AnyField): Field[] {
  if (field.fields) return field.fields
  if (field.blocks) return field.blocks.flatMap((block) => block.fields)
  return []
}

/** The label a person sees for a field path such as `attestations.0.date`, in the given language; the path when unknown. */
export function labelForPath(fields: Field[] | undefined, path: string, language: string): string {
  const labels: string[] = []
  let level = fields ?? []
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    const field = namedFields(level).find((candidate) => candidate.name === segment)
    const label = textOf(field?.label, language) ?? textOf(SYSTEM_LABELS[segment], language)
    if (!label) return path
    labels.push(label)
    level = field ? childFields(field) : []
  }
  return labels.join(' > ') || path
}
