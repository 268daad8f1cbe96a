import { Heading, Link, Paragraph } from '@/components/ds'

import { fallbackLang } from '@/components/common/fallbackLang'
import { PageIntro } from '@/components/common/PageIntro'
import { TariffTable } from '@/components/tariffs/TariffTable'
import { TariffTimeline } from '@/components/tariffs/TariffTimeline'
import { getCategories, getTariffs, type Category, type DocId, type Tariff } from '@/content'
import { PROFESSION_VALUES } from '@/domain/professions'
import { dictionary, type Dictionary } from '@/i18n/dictionary'
import { formatDate, osloDay } from '@/i18n/format'
import { localePath, PAGE_PATHS } from '@/i18n/paths'
import { openDataTexts } from '@/openData/texts'
import { langOf, type LangParams } from '../../_lib/params'
import { fixedPageMetadata } from '../../_lib/seo'
import { viewerFromRequest } from '../../_lib/viewer'

export const revalidate = 3600

type Props = { params: LangParams }

type Group = { key: string; name: string; nameLang?: 'nb'; tariffs: Tariff[] }

/**
 * Tariffs under each profession group they belong to, then those that belong to no group under the
 * professions they name (chiropractors, midwives ...), so that every published tariff appears.
 */
function groupTariffs(t: Dictionary, tariffs: Tariff[], categories: Category[]): Group[] {
  const byCategory = categories.map((c) => ({
    key: c.slug,
    name: c.name,
    nameLang: fallbackLang(c, 'name').lang,
    tariffs: tariffs.filter((x) => x.categoryIds.includes(c.id)),
  }))
  const known = new Set(categories.map((c) => c.id))
  const rest = tariffs.filter((x) => !x.categoryIds.some((id) => known.has(id)))
  const byProfession = PROFESSION_VALUES.map((p) => ({ key: p, name: t.profession[p], tariffs: rest.filter((x) => x.professions.includes(p)) }))
  const other = { key: 'andre', name: t.tariffs.otherProfessions, tariffs: rest.filter((x) => !x.professions.length) }
  return [...byCategory, ...byProfession, other].filter((g) => g.tariffs.length)
}

export const generateMetadata = fixedPageMetadata('tariffs')

export default async function TariffsPage({ params }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const viewer = await viewerFromRequest()
  const [tariffs, categories] = await Promise.all([getTariffs(viewer, lang), getCategories(viewer, lang)])
  const now = new Date()
  const day = osloDay(now)
  const groups = groupTariffs(t, tariffs, categories)
  const anchored = new Set<DocId>()
  return (
    <div className="site-width">
      <PageIntro title={t.tariffs.title} lead={t.tariffs.intro} />
      <Paragraph data-size="sm">{t.tariffs.statusAsOf(formatDate(now.toISOString(), lang))}</Paragraph>
      {groups.length ? null : <Paragraph>{t.tariffs.none}</Paragraph>}
      {groups.map((group) => {
        // A tariff listed under several groups gets its #takst-ID anchor (for search results) in the first.
        const mine = new Set(group.tariffs.map((x) => x.id).filter((id) => !anchored.has(id)))
        mine.forEach((id) => anchored.add(id))
        return (
          <section key={group.key} aria-labelledby={`gruppe-${group.key}`} className="tariff-group" data-group={group.key}>
            <Heading level={2} data-size="md" id={`gruppe-${group.key}`} lang={group.nameLang}>
              {group.name}
            </Heading>
            <TariffTimeline lang={lang} t={t} tariffs={group.tariffs} day={day} id={`tidslinje-${group.key}`} group={group.name} />
            <TariffTable
              lang={lang}
              t={t}
              tariffs={group.tariffs}
              day={day}
              captionId={`tabell-${group.key}`}
              caption={`${t.tariffs.title}: ${group.name}`}
              anchored={mine}
            />
          </section>
        )
      })}
      <Paragraph className="open-data-link">
        <Link href={localePath(lang, PAGE_PATHS.openData)}>{openDataTexts(lang).pageLink}</Link>
      </Paragraph>
    </div>
  )
}
