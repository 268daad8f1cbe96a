'use client'

import { Button, Heading, Input, Label, Link, Paragraph } from '../ds'
import { useParams } from 'next/navigation'

import { DEFAULT_LANG, isLang, type Lang } from '../../i18n/langs'

export type NotFoundTexts = {
  title: string
  text: string
  searchHint: string
  searchLabel: string
  searchButton: string
  searchAction: string
  links: { label: string; href: string }[]
}

type Props = { texts: Record<Lang, NotFoundTexts> }

/**
 * The body of the 404 page. Next gives a not-found page no route parameters, so this reads the language
 * from the address (useParams works on the server too, so the HTML is right without JavaScript).
 * No Designsystemet Field here: this boundary ships with every page, and Field brings the 30 KB web-component
 * runtime; the label points at its input by id instead.
 */
export function NotFoundBody({ texts }: Props) {
  const params = useParams<{ lang?: string }>()
  const lang = isLang(params?.lang) ? params.lang : DEFAULT_LANG
  const t = texts[lang]
  return (
    <div className="not-found">
      <Heading level={1} data-size="xl">
        {t.title}
      </Heading>
      <Paragraph data-size="lg">{t.text}</Paragraph>
      <Paragraph>{t.searchHint}</Paragraph>
      <form method="get" action={t.searchAction} role="search" className="search-form">
        <Label htmlFor="notfound-q">{t.searchLabel}</Label>
        <div className="search-form__row">
          <Input id="notfound-q" type="search" name="q" maxLength={80} autoComplete="off" />
          <Button type="submit">{t.searchButton}</Button>
        </div>
      </form>
      <ul className="link-list">
        {t.links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
