import { Alert, Card, CardBlock, Heading, Link, Paragraph } from '../ds'

import { formatDate, osloDay } from '../../i18n/format'
import { isSitePath, localePath } from '../../i18n/paths'
import { isSafeHref } from '../../validation/rules'
import { ResearchList } from '../research/ResearchList'
import { TariffTable } from '../tariffs/TariffTable'
import { tariffStatus } from '../tariffs/status'
import { VendorList } from '../vendors/VendorList'
import { idOf, type DocId } from '../../content/ids'
import { isSolutionType } from '../../domain/solutionTypes'
import type { RenderContext } from './context'

// Block fields as stored in the article body. Relationships are ids at depth 0 and documents at depth 1.
type Rel = DocId | { id: DocId } | null | undefined
type Fields<T> = T & { id?: string | null }

const relId = (value: Rel) => idOf(value)

export function VendorListBlock({ fields, ctx }: { fields: Fields<{ category: Rel; solutionType: string }>; ctx: RenderContext }) {
  const category = ctx.blocks.categories.find((c) => c.id === relId(fields.category))
  const type = isSolutionType(fields.solutionType) ? fields.solutionType : 'standalone'
  if (!category) return null
  const vendors = ctx.blocks.vendors.filter((v) => v.solutionType === type && v.categoryIds.includes(category.id))
  return <VendorList lang={ctx.lang} t={ctx.t} vendors={vendors} group={category.slug} type={type} />
}

export function TariffTableBlock({
  fields,
  ctx,
}: {
  fields: Fields<{ category?: Rel; asOf?: string | null; includeExpired?: boolean | null }>
  ctx: RenderContext
}) {
  const categoryId = relId(fields.category)
  const category = ctx.blocks.categories.find((c) => c.id === categoryId)
  const day = fields.asOf ? osloDay(fields.asOf) : ctx.today
  const tariffs = ctx.blocks.tariffs.filter(
    (tariff) =>
      (categoryId === null || tariff.categoryIds.includes(categoryId)) &&
      (fields.includeExpired !== false || tariffStatus(tariff, day) !== 'expired'),
  )
  if (!tariffs.length) return <Paragraph>{ctx.t.tariffs.none}</Paragraph>
  const captionId = `takster-${fields.id ?? categoryId ?? 'alle'}`
  const title = category ? `${ctx.t.tariffs.title}: ${category.name}` : ctx.t.tariffs.title
  const caption = `${title}. ${ctx.t.tariffs.statusAsOf(formatDate(`${day}T12:00:00Z`, ctx.lang))}`
  return <TariffTable lang={ctx.lang} t={ctx.t} tariffs={tariffs} day={day} captionId={captionId} caption={caption} />
}

export function ResearchListBlock({ fields, ctx }: { fields: Fields<{ kind?: string | null; limit?: number | null }>; ctx: RenderContext }) {
  const limit = Math.min(Math.max(Math.floor(fields.limit ?? 20), 1), 50)
  const items = ctx.blocks.research.filter((r) => !fields.kind || r.kind === fields.kind).slice(0, limit)
  return <ResearchList t={ctx.t} items={items} />
}

export function NoteBlock({ fields }: { fields: Fields<{ title?: string | null; text: string }> }) {
  // The title is bold text, not a heading, so that a note never breaks the order of headings.
  return (
    <Alert data-color="info" className="note-block">
      {fields.title ? (
        <Paragraph>
          <strong>{fields.title}</strong>
        </Paragraph>
      ) : null}
      <Paragraph>{fields.text}</Paragraph>
    </Alert>
  )
}

export function ContactBoxBlock({
  fields,
  ctx,
}: {
  fields: Fields<{ title: string; text?: string | null; linkLabel?: string | null; href?: string | null }>
  ctx: RenderContext
}) {
  const href = isSafeHref(fields.href) ? (isSitePath(fields.href) ? localePath(ctx.lang, fields.href) : fields.href.trim()) : null
  return (
    <Card data-color="accent" className="contact-box">
      <CardBlock>
        <Heading level={3} data-size="xs">
          {fields.title}
        </Heading>
        {fields.text ? <Paragraph>{fields.text}</Paragraph> : null}
        {href ? (
          <Paragraph>
            <Link href={href}>{fields.linkLabel || href}</Link>
          </Paragraph>
        ) : null}
      </CardBlock>
    </Card>
  )
}
