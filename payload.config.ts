import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { searchPlugin } from '@payloadcms/plugin-search'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/articles'
import { ChangeLog } from './collections/change-log'
import { AuditLog } from './collections/audit-log'
import { Media, MEDIA_MAX_BYTES } from './collections/media'
import { PreviewLinks } from './collections/preview-links'
import { ProfessionCategories } from './collections/profession-categories'
import { ResearchLinks } from './collections/research-links'
import { Tariffs } from './collections/tariffs'
import { Subscriptions } from './collections/subscriptions'
import { Users } from './collections/users'
import { VendorOrganisations } from './collections/vendor-organisations'
import { Vendors } from './collections/vendors'
import { Withdrawals } from './collections/withdrawals'
import { ReviewComments } from './collections/review-comments'
import { invitationCollections, invitationTasks } from './src/invitations/config'
import { vendorNavigation } from './src/plugins/vendorNavigation'
import { registrationEndpoints } from './src/registration/endpoints'
import { registrationTasks } from './src/registration/staleRegistrations'
import { verifyExistingUsers } from './src/registration/verifyExistingUsers'
import { accessFor, jobAccess } from './src/access/accessFor'
import { restrictPayloadCollections } from './src/access/restrictPayloadCollections'
import { boundQuery } from './src/graphql/boundQuery'
import { staffOnlyEndpoints } from './src/access/staffOnlyEndpoints'
import { Navigation } from './src/globals/Navigation'
import { SiteSettings } from './src/globals/SiteSettings'
import { resolveOrigins, resolveSecret } from './src/config/env.mjs'
import { databaseAdapter } from './src/db/adapter'
import { ADMIN_DATE_TIME_FORMAT } from './src/fields/dayOnly'
import { healthEndpoint } from './src/endpoints/health'
import { workflowEndpoints } from './src/workflow/endpoints'
import { adminTranslations } from './src/i18n/admin/translations'
import { guardApi } from './src/api/guardApi'
import { mailAdapter } from './src/mail/adapter'
import { sendMailTask } from './src/mail/sendMailTask'
import { sendSubscriberMailTask } from './src/subscriptions/sendSubscriberMailTask'
import { jobsCollection } from './src/scheduling/jobsCollection'
import { announceTariffBoundaryTask } from './src/scheduling/tariffBoundaries'
import { reviewReminderTask } from './src/scheduling/reviewReminders'
import { localizeErrors } from './src/api/localizeErrors'
import { recordFailedLogin } from './src/audit/hooks/recordFailedLogin'
import { createAdminFromEnv } from './src/db/createAdminFromEnv'
import { revalidateAfterChange, revalidateAfterDelete } from './src/hooks/revalidateContent'
import { seedOnEmpty } from './src/seed/seedOnEmpty'
import { hideUnreadableRelations } from './src/plugins/hideUnreadableRelations'
import { datesInOneFormat } from './src/plugins/datesInOneFormat'
import { labelsPerLanguage } from './src/plugins/labelsPerLanguage'
import { buildSearchDoc, SEARCH_COLLECTIONS, SEARCH_PRIORITIES } from './src/search/buildSearchDoc'
import { syncSearchIndex } from './src/search/syncSearchIndex'
import { strictCollection, strictGlobal } from './src/validation/strictFields'
import { strictStatus } from './src/validation/strictStatus'
import { redirects } from './src/withdrawal/redirectsPlugin'
import { resolveEndpoint } from './src/withdrawal/resolve'
import { withdrawEndpoint } from './src/withdrawal/withdrawEndpoint'
import { withdrawalMutations } from './src/withdrawal/withdrawMutation'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const { serverURL, origins } = resolveOrigins()
const isTest = process.env.NODE_ENV === 'test'

export default buildConfig({
  secret: resolveSecret(),
  serverURL,
  cors: origins,
  csrf: origins,
  db: databaseAdapter(process.env.DATABASE_URI),
  editor: lexicalEditor(),
  // SMTP from the environment, or .eml files in ./outbox without SMTP_HOST (src/mail/adapter.ts).
  email: mailAdapter,
  // Every field checked for kind and form as well as by its own rules (src/validation/strictFields.ts).
  collections: [Articles, Vendors, ProfessionCategories, Tariffs, ResearchLinks, Media, VendorOrganisations, Users, AuditLog, Withdrawals, ReviewComments, PreviewLinks, ChangeLog, Subscriptions, ...invitationCollections].map(strictCollection),
  globals: [SiteSettings, Navigation].map(strictGlobal),
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  plugins: [
    searchPlugin({
      collections: SEARCH_COLLECTIONS,
      localize: true,
      syncDrafts: false,
      deleteDrafts: true,
      defaultPriorities: SEARCH_PRIORITIES,
      // syncSearchIndex writes every language and indexes published documents only; buildSearchDoc is the
      // plugin's own one-language sync, used only if syncSearchIndex fails for a published document.
      skipSync: syncSearchIndex,
      beforeSync: buildSearchDoc,
      searchOverrides: {
        access: accessFor('search'),
        labels: { singular: { nb: 'Søkeoppføring', en: 'Search entry' }, plural: { nb: 'Søkeindeks', en: 'Search index' } },
        admin: { group: { nb: 'Administrasjon', en: 'Administration' } },
        hooks: { afterChange: [revalidateAfterChange('search')], afterDelete: [revalidateAfterDelete('search')] },
        fields: ({ defaultFields }) => [
          ...defaultFields,
          { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
          { name: 'excerpt', type: 'textarea', localized: true, admin: { readOnly: true } },
          { name: 'kind', type: 'text', index: true, admin: { readOnly: true } },
        ],
      },
    }),
    importExportPlugin({
      // Imports and exports run inside the request, so the editor sees row-level errors at once.
      collections: [
        { slug: 'vendors', import: { disableJobsQueue: true }, export: { disableJobsQueue: true } },
        { slug: 'tariffs', import: { disableJobsQueue: true }, export: { disableJobsQueue: true } },
      ],
      defaultVersionStatus: 'draft',
      overrideExportCollection: ({ collection }) => ({
        ...collection,
        access: accessFor('exports'),
        labels: { singular: { nb: 'Eksport', en: 'Export' }, plural: { nb: 'Eksporter', en: 'Exports' } },
        endpoints: staffOnlyEndpoints(collection.endpoints),
        admin: { ...collection.admin, group: { nb: 'Administrasjon', en: 'Administration' } },
        upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: 'data/exports' },
      }),
      overrideImportCollection: ({ collection }) => ({
        ...collection,
        access: accessFor('imports'),
        labels: { singular: { nb: 'Import', en: 'Import' }, plural: { nb: 'Importer', en: 'Imports' } },
        endpoints: staffOnlyEndpoints(collection.endpoints),
        admin: { ...collection.admin, group: { nb: 'Administrasjon', en: 'Administration' } },
        upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: 'data/imports' },
      }),
    }),
    // Permanent redirects of withdrawn and renamed pages (src/withdrawal/).
    redirects,
    hideUnreadableRelations,
    labelsPerLanguage,
    datesInOneFormat,
    // Vendors see only their own entries, their invitations and their profile in the admin's navigation.
    vendorNavigation,
  ],
  endpoints: [healthEndpoint, withdrawEndpoint, resolveEndpoint, ...workflowEndpoints, ...registrationEndpoints],
  // Every refusal in the request's language, with each field's own reason in the message (src/api/localizeErrors.ts).
  // A refused login is recorded in the audit log, with the e-mail tried (src/audit/hooks/recordFailedLogin.ts).
  hooks: { afterError: [localizeErrors, recordFailedLogin] },
  localization: {
    locales: [
      { code: 'nb', label: { nb: 'Bokmål', en: 'Norwegian Bokmål' } },
      { code: 'nn', label: { nb: 'Nynorsk', en: 'Norwegian Nynorsk' }, fallbackLocale: 'nb' },
      { code: 'en', label: { nb: 'Engelsk', en: 'English' }, fallbackLocale: 'nb' },
    ],
    defaultLocale: 'nb',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { nb, en },
    fallbackLanguage: 'nb',
    translations: adminTranslations,
  },
  admin: {
    user: Users.slug,
    avatar: 'default',
    // One Norwegian date format everywhere; dates without a time of day drop the time (src/fields/dayOnly.ts).
    dateFormat: ADMIN_DATE_TIME_FORMAT,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' · Videoveileder',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: {
        Logo: '/src/admin/Logo#Logo',
        Icon: '/src/admin/Icon#Icon',
      },
      // The editorial dashboard above the collection cards for staff; a vendor's own start page for vendors.
      beforeDashboard: ['/src/admin/dashboard/EditorialDashboard#EditorialDashboard'],
      // "The account is ready" after an accepted invitation (src/invitations/routes.ts).
      beforeLogin: ['/src/admin/login/InvitationAccepted#InvitationAccepted'],
    },
  },
  jobs: {
    access: jobAccess(),
    // Staff read and cancel jobs (the dashboard, the schedule drawer); Payload closes the collection to all.
    jobsCollectionOverrides: jobsCollection,
    tasks: [sendMailTask, sendSubscriberMailTask, announceTariffBoundaryTask, reviewReminderTask, ...invitationTasks, ...registrationTasks],
    // Queued jobs (a scheduled publish) run inside the app's own process, checked every second: one process
    // (JOBS_AUTORUN=false on any other; a second runner would still not run a job twice, src/scheduling/claimOnce.ts),
    // and never under jest, where a test runs the jobs it queued itself.
    autoRun: isTest ? [] : [{ cron: '* * * * * *', queue: 'default', limit: 10 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  },
  defaultDepth: 1,
  maxDepth: 3,
  graphQL: {
    disablePlaygroundInProduction: true,
    mutations: withdrawalMutations,
    maxComplexity: 500,
    // Depth (relationships as REST's maxDepth) and answer size, counted through aliases, fragments and lists.
    validationRules: (args) => [boundQuery(args)],
  },
  telemetry: false,
  logger: isTest ? { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } } : undefined,
  typescript: {
    autoGenerate: !isTest,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  sharp,
  // As Payload starts: the first admin from ADMIN_EMAIL, then the guide on an empty database (SEED_ON_EMPTY).
  onInit: async (payload) => {
    await verifyExistingUsers(payload)
    await createAdminFromEnv(payload)
    await seedOnEmpty(payload)
  },
}).then(restrictPayloadCollections).then(strictStatus).then(guardApi)
