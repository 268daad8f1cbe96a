import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import { actorOf } from '../access/roles'

/**
 * What a vendor sees of the admin: its organisation's entries and the invitations to its organisation (by slug,
 * so the rule holds whether or not that collection is configured). Its own user is the account page
 * (/admin/account), which Payload shows whatever the users collection's visibility.
 */
export const VENDOR_VISIBLE_COLLECTIONS: readonly string[] = ['vendors', 'vendor-invitations']

type Hidden = NonNullable<CollectionConfig['admin']>['hidden']
type GlobalHidden = NonNullable<GlobalConfig['admin']>['hidden']
type ClientUser = Parameters<Exclude<NonNullable<Hidden>, boolean>>[0]['user']

const isVendor = (user: ClientUser | null | undefined): boolean => actorOf({ user: user as never }) === 'vendor'

/** A vendor is shown only what `visible` allows; everyone else as the entity's own `hidden` says. */
function hiddenFor(own: Hidden, visible: boolean): (args: { user: ClientUser }) => boolean {
  return ({ user }) => {
    if (isVendor(user)) return !visible
    return typeof own === 'function' ? own({ user }) : own === true
  }
}

const trimCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, hidden: hiddenFor(collection.admin?.hidden as Hidden, VENDOR_VISIBLE_COLLECTIONS.includes(collection.slug)) },
})

const trimGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  admin: { ...global.admin, hidden: hiddenFor(global.admin?.hidden as Hidden, false) as GlobalHidden },
})

/**
 * The admin's navigation for vendors (issue 12 item 2): every collection and global but its own entries and
 * invitations is hidden from a vendor, in the navigation, the dashboard's cards and by address (Payload answers
 * a hidden collection's or global's views with its "not found" page). Staff see everything as before. Not an
 * access rule: the read rules of the roles matrix still decide what a vendor reads over the API. Runs last among
 * the plugins, so that plugin collections (search, imports, exports, redirects) are hidden too.
 */
export const vendorNavigation = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(trimCollection),
  globals: config.globals?.map(trimGlobal),
})
