import { Link } from '../ds'
import type { ReactNode } from 'react'

import { articlePath, isSitePath, localePath, PAGE_PATHS } from '../../i18n/paths'
import { isSafeHref } from '../../validation/rules'
import { idOf } from '../../content/ids'
import type { RenderContext } from './context'

type LinkFields = { url?: string | null; newTab?: boolean | null; linkType?: string | null; doc?: { relationTo?: string; value?: unknown } | null }


/**
 * Where a rich-text link goes, or null when it must not be a link: an unsafe scheme (javascript:, data:,
 * obfuscated forms; isSafeHref is checked again here because the JSX converter does not), or an internal
 * link to an article that is not published.
 */
export function resolveHref(fields: LinkFields, ctx: RenderContext): string | null {
  if (fields.linkType === 'internal') {
    if (fields.doc?.relationTo !== 'articles') return null
    const article = ctx.articles.find((a) => a.id === idOf(fields.doc?.value))
    if (!article) return null
    return localePath(ctx.lang, article.isGuide ? PAGE_PATHS.guide : articlePath(article.slug))
  }
  const url = fields.url?.trim()
  if (!isSafeHref(url)) return null
  return isSitePath(url) ? localePath(ctx.lang, url) : url
}

/** A safe link, or its text alone. */
export function SafeLink({ fields, ctx, children }: { fields: LinkFields; ctx: RenderContext; children: ReactNode }) {
  const href = resolveHref(fields, ctx)
  if (!href) return <>{children}</>
  const newTab = fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {}
  return (
    <Link href={href} {...newTab}>
      {children}
    </Link>
  )
}
