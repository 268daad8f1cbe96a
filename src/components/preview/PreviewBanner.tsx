import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { formatDate, formatDateTime } from '../../i18n/format'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** What the banner says: a preview in draft mode or a share link's, which version, and where leaving goes. */
export type PreviewBannerState = {
  kind: 'draft' | 'shared'
  exitHref: string
  version: { savedAt: string; status: 'draft' | 'published' } | null
  /** A share link's end. */
  sharedUntil: string | null
}

type Props = { lang: Lang; t: Dictionary; state: PreviewBannerState | null }

/**
 * The banner on every page in draft mode: that it is a preview, of which version, and the way out (which
 * clears the draft-mode cookie and returns to the same page as the public sees it). A labelled region, so
 * that it is found as a landmark; nothing outside draft mode.
 */
export function PreviewBanner({ lang, t, state }: Props) {
  if (!state) return null
  const p = t.preview
  const version = state.version
    ? (state.version.status === 'draft' ? p.draftSaved : p.publishedVersion)(formatDateTime(state.version.savedAt, lang, p.at))
    : p.draft
  return (
    <section className="preview-banner" aria-labelledby="preview-banner-title">
      <div className="preview-banner__inner site-width">
        <p className="preview-banner__text">
          <strong id="preview-banner-title">{state.kind === 'shared' && state.sharedUntil ? p.shared(formatDate(state.sharedUntil, lang)) : p.title}</strong>
          <span>{version}.</span>
          <span>{state.kind === 'shared' ? p.readOnly : p.notPublished}</span>
        </p>
        <a className="preview-banner__exit" href={state.exitHref}>
          {p.exit}
        </a>
      </div>
      {state.kind === 'draft' ? <LivePreviewRefresh /> : null}
    </section>
  )
}
