import { Button, Field, Fieldset, FieldsetLegend, Input, Label, Link, Select } from '../ds'

import { FEATURE_KEYS, SOLUTION_TYPE_VALUES, type Category } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { fallbackLang } from '../common/fallbackLang'
import { FEATURE_PARAMS } from '../../routing/vendorFilterQuery'
import type { VendorFilter } from './filters'

type Props = { t: Dictionary; action: string; categories: Category[]; filter: VendorFilter }

export const FILTER_FORM_ID = 'leverandorfilter'

/**
 * A plain GET form: without JavaScript the button submits it and the filters land in the address. With
 * JavaScript, public/scripts/directory-filters.js applies each change at once (the button stays for those
 * who prefer it). It is a plain script, not a React component: public pages are sent without React's
 * runtime (src/server/public-pages.mjs).
 * Labels point at their inputs in the server HTML, so they work before any script runs.
 */
export function VendorFilters({ t, action, categories, filter }: Props) {
  return (
    <form method="get" action={action} id={FILTER_FORM_ID} className="vendor-filters" aria-label={t.vendors.filters}>
      <div className="vendor-filters__selects">
        <Field>
          <Label htmlFor="filter-gruppe">{t.vendors.group}</Label>
          <Select id="filter-gruppe" name="gruppe" defaultValue={filter.group?.slug ?? ''}>
            <option value="">{t.vendors.allGroups}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.slug} {...fallbackLang(c, 'name')}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="filter-type">{t.vendors.type}</Label>
          <Select id="filter-type" name="type" defaultValue={filter.type ?? ''}>
            <option value="">{t.vendors.allTypes}</option>
            {SOLUTION_TYPE_VALUES.map((type) => (
              <option key={type} value={type}>
                {t.vendors.solutionType[type]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Fieldset>
        <FieldsetLegend>{t.vendors.features}</FieldsetLegend>
        {FEATURE_KEYS.map((key) => (
          <Field key={key}>
            <Input
              type="checkbox"
              id={`filter-${FEATURE_PARAMS[key]}`}
              name={FEATURE_PARAMS[key]}
              value="1"
              defaultChecked={filter.features.includes(key)}
            />
            <Label htmlFor={`filter-${FEATURE_PARAMS[key]}`} weight="regular">
              {t.vendors.feature[key]}
            </Label>
          </Field>
        ))}
      </Fieldset>
      <div className="vendor-filters__actions">
        <Button type="submit">{t.vendors.apply}</Button>
        <Link href={action}>{t.vendors.reset}</Link>
      </div>
      <script src="/scripts/directory-filters.js" async />
    </form>
  )
}
