import type { Message } from '@/validation/messages'

import { checkLinkHref } from '@/validation/rules'

type LexicalNode = { type?: unknown; fields?: { linkType?: unknown; url?: unknown; doc?: unknown }; children?: unknown }

const NODE_FAILED = /^(\w+) node failed to validate: The following fields are invalid: (.+)$/

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data)
}

function* linkNodes(node: unknown, depth = 0): Generator<LexicalNode> {
  if (!node || typeof node !== 'object' || depth > 50) return
  const current = node as LexicalNode & { root?: unknown }
  if (current.root) yield* linkNodes(current.root, depth + 1)
  if (current.type === 'link' || current.type === 'autolink') yield current
  if (Array.isArray(current.children)) for (const child of current.children) yield* linkNodes(child, depth + 1)
}

/**
 * Lexical reports a refused link only as "link node failed to validate: The following fields are invalid: url",
 * dropping the reason our link rule gave. This finds the refused links in the submitted rich text again and
 * says, for each, what is wrong with it.
 */
export function explainRichTextError(message: string, data: unknown, path: string | undefined): Message | null {
  const match = NODE_FAILED.exec(message)
  if (!match) return null
  const [, nodeType, fields] = match
  if (nodeType === 'link' || nodeType === 'autolink') {
    const problems: Message[] = []
    for (const link of linkNodes(path ? valueAt(data, path) : undefined)) {
      const url = link.fields?.url
      if (link.fields?.linkType === 'internal') {
        if (!link.fields.doc) problems.push({ nb: 'En intern lenke mangler dokumentet den skal gå til. Velg et dokument.', en: 'An internal link has no document to go to. Choose one.' })
        continue
      }
      const problem = checkLinkHref(url) ?? (url ? null : { nb: 'Fyll inn en lenke.', en: 'Enter a link.' })
      if (problem) problems.push({ nb: `Lenken «${String(url ?? '')}» er ugyldig: ${problem.nb}`, en: `The link "${String(url ?? '')}" is invalid: ${problem.en}` })
    }
    if (problems.length > 0) return { nb: problems.map((p) => p.nb).join(' '), en: problems.map((p) => p.en).join(' ') }
    return { nb: `En lenke i teksten er ugyldig (${fields}). Åpne lenken og rett den.`, en: `A link in the text is invalid (${fields}). Open the link and correct it.` }
  }
  return {
    nb: `Et element av typen «${nodeType}» i teksten har ugyldige felt: ${fields}. Åpne det og rett feltene.`,
    en: `An element of type "${nodeType}" in the text has invalid fields: ${fields}. Open it and correct the fields.`,
  }
}
