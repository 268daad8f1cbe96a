import { Tag } from '../ds'

import { FEATURE_KEYS, type VendorSummary } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'

type Props = { t: Dictionary; features: VendorSummary['features'] }

/** The confirmed features as tags; nothing when none is confirmed. */
export function FeatureTags({ t, features }: Props) {
  const on = FEATURE_KEYS.filter((key) => features[key])
  if (!on.length) return null
  return (
    <ul className="tag-list" aria-label={t.vendors.features}>
      {on.map((key) => (
        <li key={key}>
          <Tag data-color="accent" data-size="sm">
            {t.vendors.feature[key]}
          </Tag>
        </li>
      ))}
    </ul>
  )
}
