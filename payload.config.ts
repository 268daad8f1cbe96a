import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from './collections/users'
import { resolveOrigins, resolveSecret } from './src/config/env.mjs'
import { databaseAdapter } from './src/db/adapter'
import { healthEndpoint } from './src/endpoints/health'
import { createAdminFromEnv } from './src/db/createAdminFromEnv'

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
  collections: [Users],
  endpoints: [healthEndpoint],
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
  },
  admin: {
    user: Users.slug,
    avatar: 'default',
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
    },
  },
  defaultDepth: 1,
  maxDepth: 3,
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 500,
  },
  telemetry: false,
  logger: isTest ? { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } } : undefined,
  typescript: {
    autoGenerate: !isTest,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  sharp,
  onInit: createAdminFromEnv,
})
