import { AtomError, buildAtom, type AtomFeed } from '../../../src/feeds/atom'
import { elementsNamed, parseXml, textOf, type XmlElement } from '../../helpers/xml'

const ATOM = 'http://www.w3.org/2005/Atom'

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://veileder.example.no/endringer',
  title: 'Endringer i veilederen',
  updated: '2026-12-01T10:00:00.000Z',
  selfUrl: 'https://veileder.example.no/endringer.atom',
  pageUrl: 'https://veileder.example.no/endringer',
  lang: 'nb',
  author: 'Helsedirektoratet',
  entries: [
    { id: 'https://veileder.example.no/endringer#endring-1', title: 'Eldre', updated: '2026-11-01T10:00:00.000Z', url: 'https://veileder.example.no/', summary: 'Første' },
    { id: 'https://veileder.example.no/endringer#endring-2', title: 'Nyere', updated: '2026-12-01T10:00:00.000Z', url: 'https://veileder.example.no/takster', summary: 'Andre' },
  ],
  ...overrides,
})

/** Parses strictly as XML (throws on anything not well-formed). */
const parse = (xml: string): XmlElement => parseXml(xml)

/** The texts of the Atom elements named `tag`. */
const texts = (doc: XmlElement, tag: string) => elementsNamed(doc, tag).filter((e) => e.uri === ATOM).map(textOf)
const links = (doc: XmlElement) => elementsNamed(doc, 'link').map((l) => l.attributes)

describe('buildAtom', () => {
  it('writes an Atom 1.0 feed: id, title, updated, self and alternate links, author, entries newest first', () => {
    const doc = parse(buildAtom(feed()))
    expect({ name: doc.name, ns: doc.uri, lang: doc.attributes['xml:lang'] }).toEqual({ name: 'feed', ns: ATOM, lang: 'nb' })
    expect(texts(doc, 'id')).toEqual([
      'https://veileder.example.no/endringer',
      'https://veileder.example.no/endringer#endring-2',
      'https://veileder.example.no/endringer#endring-1',
    ])
    expect(texts(doc, 'summary')).toEqual(['Andre', 'Første'])
    expect(links(doc).slice(0, 2).map((l) => `${l.rel} ${l.href}`)).toEqual(['self https://veileder.example.no/endringer.atom', 'alternate https://veileder.example.no/endringer'])
    expect(texts(doc, 'name')).toEqual(['Helsedirektoratet'])
  })

  it('escapes markup and quotes in every text and attribute, so a note cannot break out of its element', () => {
    const note = `<script>alert("x")</script> & 'sitat' ]]> </summary><entry>`
    const xml = buildAtom(feed({ title: 'A & B <c>', entries: [{ ...feed().entries[0]!, title: '"Takster" & <b>', summary: note, url: 'https://veileder.example.no/?a=1&b="2"' }] }))
    const doc = parse(xml)
    expect(texts(doc, 'summary')).toEqual([note])
    expect(texts(doc, 'title')).toEqual(['A & B <c>', '"Takster" & <b>'])
    expect(elementsNamed(doc, 'entry').length).toBe(1)
    expect(elementsNamed(doc, 'script').length).toBe(0)
    expect(links(doc)[2]!.href).toBe('https://veileder.example.no/?a=1&b="2"')
  })

  it('drops characters XML cannot hold (control characters, lone surrogates) instead of writing an unreadable feed', () => {
    const doc = parse(buildAtom(feed({ entries: [{ ...feed().entries[0]!, summary: 'før\u0000\u0008etter\uD800 😀\ttab' }] })))
    expect(texts(doc, 'summary')).toEqual(['føretter 😀\ttab'])
  })

  it.each([
    ['a feed date that is not RFC 3339', { updated: '1. desember 2026' }],
    ['an entry date that is not RFC 3339', { entries: [{ ...feed().entries[0]!, updated: '2026-12-01' }] }],
    ['a relative feed id', { id: '/endringer' }],
    ['a relative entry link', { entries: [{ ...feed().entries[0]!, url: '/artikler/x' }] }],
    ['a javascript: link', { pageUrl: 'javascript:alert(1)' }],
    ['a language that is no tag', { lang: 'nb"><x' }],
  ])('refuses %s (AtomError), never writing an invalid feed', (_name, overrides) => {
    expect(() => buildAtom(feed(overrides as Partial<AtomFeed>))).toThrow(AtomError)
  })
})
