import type { CollectionConfig, Field } from 'payload'

import { followAddressChanges } from './hooks/followAddressChanges'
import { rememberPublishedAddresses } from './hooks/rememberPublishedAddresses'

export const WITHDRAW_PANEL = '/src/admin/withdrawal/WithdrawPanel#WithdrawPanel'

/** The sidebar's "Trekk tilbake" for staff (src/admin/withdrawal/WithdrawPanel.tsx); it stores nothing itself. */
export const withdrawField = (): Field => ({
  name: 'withdraw',
  type: 'ui',
  label: { nb: 'Trekk tilbake', en: 'Withdraw' },
  admin: { position: 'sidebar', components: { Field: WITHDRAW_PANEL } },
})

/** The hooks a collection with pages of its own needs: a published slug change leaves a redirect behind. */
export const addressHooks = (): NonNullable<CollectionConfig['hooks']> => ({
  beforeChange: [rememberPublishedAddresses],
  afterChange: [followAddressChanges],
})
