import type { Article, BlockData, Disclaimers as DisclaimerTexts } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { Disclaimers } from '../common/Disclaimers'
import { fallbackLang } from '../common/fallbackLang'
import { LastUpdated } from '../common/LastUpdated'
import { PageIntro } from '../common/PageIntro'
import { RelatedArticles } from '../common/RelatedArticles'
import { TableOfContents } from '../common/TableOfContents'
import { SubscribeForm } from '../changes/SubscribeForm'
import { tableOfContents } from '../richtext/anchors'
import type { RenderContext } from '../richtext/context'
import { RichTextBody } from '../richtext/RichTextBody'

type Props = {
  lang: Lang
  t: Dictionary
  article: Article
  blocks: BlockData
  articleLinks: RenderContext['articles']
  /** The standing disclaimers; shown on pages that list vendors. */
  disclaimers: DisclaimerTexts | null
  lastUpdated: string
  /** The page's change history, linked next to "Sist oppdatert". */
  history?: { href: string; label: string }
  /** The e-mail alert form for this page: where it posts and what it follows (src/subscriptions/pageKey.ts). */
  subscribe?: { action: string; page: string }
  today: string
}

/** An article (the guide or another): title, lead, contents, body with live blocks, disclaimers, date, related. */
export function ArticleView({ lang, t, article, blocks, articleLinks, disclaimers, lastUpdated, history, subscribe, today }: Props) {
  const ctx: RenderContext = { lang, t, today, blocks, articles: articleLinks }
  const related = article.related.map((a) => ({ ...a, isGuide: articleLinks.some((l) => l.id === a.id && l.isGuide) }))
  return (
    <article className="site-width article">
      <PageIntro title={article.title} lead={article.lead} titleLang={fallbackLang(article, 'title').lang} leadLang={fallbackLang(article, 'lead').lang} />
      {article.hero ? (
        <figure className="article__hero">
          {/* A plain img: next.config serves images unoptimised, and the hero is the only image. */}
          <img src={article.hero.url} alt={article.hero.alt} lang={article.hero.altLang} width={article.hero.width ?? undefined} height={article.hero.height ?? undefined} />
          {article.hero.credit ? <figcaption>{article.hero.credit}</figcaption> : null}
        </figure>
      ) : null}
      <TableOfContents label={t.site.onThisPage} items={tableOfContents(article.body)} itemsLang={fallbackLang(article, 'body').lang} />
      <div className="article__body" {...fallbackLang(article, 'body')}>
        <RichTextBody data={article.body} ctx={ctx} />
      </div>
      <Disclaimers heading={t.site.disclaimers} texts={disclaimers} />
      <LastUpdated lang={lang} label={t.site.lastUpdated} date={lastUpdated} reviewedLabel={t.site.lastReviewed} reviewed={article.lastReviewedAt} history={history} />
      {subscribe ? <SubscribeForm action={subscribe.action} page={subscribe.page} t={t.subscribe} id="varsel" /> : null}
      <RelatedArticles lang={lang} heading={t.site.related} articles={related} />
    </article>
  )
}
