import * as migration_20261125_184247_initial from './20261125_184247_initial';
import * as migration_20261201_075051_users_credentials_changed from './20261201_075051_users_credentials_changed';
import * as migration_20261201_095616_site_settings_front_page from './20261201_095616_site_settings_front_page';
import * as migration_20261201_101140_vendor_organisations from './20261201_101140_vendor_organisations';
import * as migration_20261201_123336_review_workflow from './20261201_123336_review_workflow';
import * as migration_20261201_125247_redirects_note from './20261201_125247_redirects_note';
import * as migration_20261201_152849_site_settings_vendor_review from './20261201_152849_site_settings_vendor_review';
import * as migration_20261201_153717_vendor_invitations from './20261201_153717_vendor_invitations';
import * as migration_20261201_154558_review_backfill from './20261201_154558_review_backfill';

export const migrations = [
  {
    up: migration_20261125_184247_initial.up,
    down: migration_20261125_184247_initial.down,
    name: '20261125_184247_initial',
  },
  {
    up: migration_20261201_075051_users_credentials_changed.up,
    down: migration_20261201_075051_users_credentials_changed.down,
    name: '20261201_075051_users_credentials_changed',
  },
  {
    up: migration_20261201_095616_site_settings_front_page.up,
    down: migration_20261201_095616_site_settings_front_page.down,
    name: '20261201_095616_site_settings_front_page',
  },
  {
    up: migration_20261201_101140_vendor_organisations.up,
    down: migration_20261201_101140_vendor_organisations.down,
    name: '20261201_101140_vendor_organisations',
  },
  {
    up: migration_20261201_123336_review_workflow.up,
    down: migration_20261201_123336_review_workflow.down,
    name: '20261201_123336_review_workflow',
  },
  {
    up: migration_20261201_125247_redirects_note.up,
    down: migration_20261201_125247_redirects_note.down,
    name: '20261201_125247_redirects_note',
  },
  {
    up: migration_20261201_152849_site_settings_vendor_review.up,
    down: migration_20261201_152849_site_settings_vendor_review.down,
    name: '20261201_152849_site_settings_vendor_review',
  },
  {
    up: migration_20261201_153717_vendor_invitations.up,
    down: migration_20261201_153717_vendor_invitations.down,
    name: '20261201_153717_vendor_invitations',
  },
  {
    up: migration_20261201_154558_review_backfill.up,
    down: migration_20261201_154558_review_backfill.down,
    name: '20261201_154558_review_backfill'
  },
];
