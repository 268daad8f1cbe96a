import { createRequire } from 'node:module'

/** One element of a parsed XML document: its expanded name, attributes and children (text as strings). */
export type XmlElement = { name: string; uri: string; attributes: Record<string, string>; children: (XmlElement | string)[] }

type SaxTag = { local: string; uri: string; attributes: Record<string, { value: string }> }
type SaxParser = {
  onerror: (e: Error) => void
  onopentag: (tag: SaxTag) => void
  onclosetag: () => void
  ontext: (text: string) => void
  oncdata: (text: string) => void
  write: (xml: string) => SaxParser
  close: () => void
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean, options: { xmlns: boolean }) => SaxParser }

/**
 * Parses XML strictly (sax in strict, namespace-aware mode): any error of well-formedness throws. Returns the
 * root element. The check a feed reader makes before it reads anything.
 */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (tag) => {
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, v.value])),
      children: [],
    }
    stack.at(-1)?.children.push(element)
    root ??= element
    stack.push(element)
  }
  parser.onclosetag = () => void stack.pop()
  parser.ontext = (text) => void stack.at(-1)?.children.push(text)
  parser.oncdata = (text) => void stack.at(-1)?.children.push(text)
  parser.write(xml).close()
  if (!root) throw new Error('no root element')
  return root
}

/** Every element named `name` below (and including) `element`, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  const own = element.name === name ? [element] : []
  return [...own, ...element.children.flatMap((c) => (typeof c === 'string' ? [] : elementsNamed(c, name)))]
}

/** The text content of an element. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}
