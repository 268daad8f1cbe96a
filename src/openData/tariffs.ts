import { tariffStatus, type TariffStatus } from '../components/tariffs/status'
import type { Category, DocId, ProfessionKey, Tariff } from '../content/types'
import { osloDay } from '../i18n/format'
import { PAGE_PATHS } from '../i18n/paths'
import { csvList, type CsvColumn } from './csv'
import { groupsOf, type GroupRef } from './groups'

/** One published tariff in /takster.json; every field is documented on /apne-data (./fields.ts). */
export type OpenTariff = {
  id: DocId
  code: string
  title: string
  description: string | null
  url: string
  professionGroups: GroupRef[]
  professions: ProfessionKey[]
  /** The first and last day it applies, as Oslo calendar days (YYYY-MM-DD), as /takster shows them. */
  effectiveFrom: string
  effectiveTo: string | null
  status: TariffStatus
  sourceUrl: string | null
}

/**
 * A tariff the public may read, as open data, with its state on `day` (YYYY-MM-DD in Oslo) by the same rule
 * as /takster; its address is its row on that page (#takst-<id>).
 */
export function openTariff(tariff: Tariff, categories: readonly Category[], origin: string, day: string): OpenTariff {
  return {
    id: tariff.id,
    code: tariff.code,
    title: tariff.title,
    description: tariff.description,
    url: `${origin}${PAGE_PATHS.tariffs}#takst-${encodeURIComponent(String(tariff.id))}`,
    professionGroups: groupsOf(tariff.categoryIds, categories),
    professions: tariff.professions,
    effectiveFrom: osloDay(tariff.effectiveFrom),
    effectiveTo: tariff.effectiveTo ? osloDay(tariff.effectiveTo) : null,
    status: tariffStatus(tariff, day),
    sourceUrl: tariff.sourceUrl,
  }
}

export const TARIFF_CSV: CsvColumn<OpenTariff>[] = [
  { name: 'id', value: (t) => t.id },
  { name: 'code', value: (t) => t.code },
  { name: 'title', value: (t) => t.title },
  { name: 'description', value: (t) => t.description },
  { name: 'url', value: (t) => t.url },
  { name: 'professionGroups', value: (t) => csvList(t.professionGroups.map((g) => g.slug)) },
  { name: 'professionGroupNames', value: (t) => csvList(t.professionGroups.map((g) => g.name)) },
  { name: 'professions', value: (t) => csvList(t.professions) },
  { name: 'effectiveFrom', value: (t) => t.effectiveFrom },
  { name: 'effectiveTo', value: (t) => t.effectiveTo },
  { name: 'status', value: (t) => t.status },
  { name: 'sourceUrl', value: (t) => t.sourceUrl },
]
