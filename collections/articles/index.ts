import { contentCollection } from '@/collections/contentCollection'
import { fieldAccessFor } from '@/access/fieldAccessFor'
import { DAY_ONLY } from '@/fields/dayOnly'
import { richTextField } from '@/fields/richTextField'
import { slugField } from '@/fields/slugField'
import { adminLivePreview, adminPreview } from '@/preview/adminPreview'
import { say } from '@/validation/messages'
import { addressHooks, withdrawField } from '@/withdrawal/collectionParts'
import { checkDateOrder } from '@/validation/rules'

/** The guide and related articles. Body blocks render live data (vendors, tariffs, research). */
export const Articles = contentCollection({
  slug: 'articles',
  labels: { singular: { nb: 'Artikkel', en: 'Article' }, plural: { nb: 'Artikler', en: 'Articles' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'nextReviewAt', 'updatedAt'],
    ...adminPreview('articles'),
    ...adminLivePreview('articles'),
  },
  drafts: { maxPerDoc: 100, autosaveMs: 2000, schedulePublish: true },
  // A published slug change leaves a permanent redirect behind; a publish takes the addresses back (src/withdrawal/).
  hooks: addressHooks(),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { nb: 'Tittel', en: 'Title' } },
    slugField({ from: 'title', localized: true }),
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: { nb: 'Ingress', en: 'Lead' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { nb: 'Innhold', en: 'Content' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'heroImage', type: 'upload', relationTo: 'media', label: { nb: 'Hovedbilde', en: 'Hero image' } },
                {
                  name: 'heroCredit',
                  type: 'text',
                  maxLength: 200,
                  label: { nb: 'Fotokreditering', en: 'Photo credit' },
                  admin: { description: { nb: 'Tom = bildets egen kreditering.', en: "Empty = the image's own credit." } },
                },
              ],
            },
            richTextField({ name: 'body', label: { nb: 'Brødtekst', en: 'Body' }, withBlocks: true }),
            {
              name: 'relatedArticles',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              label: { nb: 'Relaterte artikler', en: 'Related articles' },
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
            },
          ],
        },
        {
          label: { nb: 'SEO', en: 'SEO' },
          fields: [
            {
              name: 'seo',
              type: 'group',
              label: false,
              fields: [
                { name: 'title', type: 'text', localized: true, maxLength: 70, label: { nb: 'SEO-tittel', en: 'SEO title' } },
                {
                  name: 'description',
                  type: 'textarea',
                  localized: true,
                  maxLength: 160,
                  label: { nb: 'SEO-beskrivelse', en: 'SEO description' },
                },
              ],
            },
          ],
        },
      ],
    },
    withdrawField(),
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      label: { nb: 'Ansvarlig redaktør', en: 'Responsible editor' },
      access: fieldAccessFor('articles.owner'),
      admin: { position: 'sidebar' },
      filterOptions: { roles: { in: ['editor', 'admin'] } },
    },
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: { nb: 'Sist faglig gjennomgått', en: 'Last reviewed' },
      admin: { position: 'sidebar', ...DAY_ONLY },
    },
    {
      name: 'nextReviewAt',
      type: 'date',
      label: { nb: 'Neste gjennomgang', en: 'Next review' },
      admin: { position: 'sidebar', ...DAY_ONLY },
      validate: (value: unknown, options) => {
        const problem = checkDateOrder((options.data as { lastReviewedAt?: string })?.lastReviewedAt, value)
        return problem
          ? say({ nb: 'Neste gjennomgang kan ikke være før forrige.', en: 'The next review cannot be before the last one.' }, options)
          : true
      },
    },
  ],
})
