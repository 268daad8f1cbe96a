import type { CollectionSlug, TextField, Where } from 'payload'

import { ValidationError } from 'payload'

import { say } from '../validation/messages'
import { checkSlug, checkSlugSource, slugify } from '../validation/rules'

type Options = { from: string; localized?: boolean }

/**
 * The address segment of a document. Left empty, it is made from `from` (æ -> ae, ø -> o, å -> a) and
 * given a numeric suffix when taken; typed by hand, it must be well-formed and free, or the save fails.
 */
export function slugField({ from, localized = false }: Options): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    localized,
    label: { nb: 'Adresse (slug)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        nb: 'Lages av tittelen når feltet er tomt.',
        en: 'Made from the title when left empty.',
      },
    },
    validate: (value: unknown, options) => {
      const problem = checkSlug(value) ?? checkSlugSource(value, (options.data as Record<string, unknown> | undefined)?.[from])
      return problem ? say(problem, options) : true
    },
    hooks: {
      beforeValidate: [
        async ({ value, data, originalDoc, req, collection }) => {
          if (!collection) return value
          const given = typeof value === 'string' ? value.trim() : ''
          const source = data?.[from] ?? originalDoc?.[from]
          if (!given && (typeof source !== 'string' || !source.trim())) return value
          if (given && given === originalDoc?.slug) return given
          if (given && checkSlug(given)) return given // the validator explains what is wrong
          const base = given || slugify(source as string)
          if (!base) return value
          const id = originalDoc?.id ?? data?.id
          const taken = async (candidate: string) => {
            const where: Where = { slug: { equals: candidate } }
            if (id !== undefined) where.id = { not_equals: id }
            const { totalDocs } = await req.payload.count({
              collection: collection.slug as CollectionSlug,
              where,
              locale: req.locale && req.locale !== 'all' ? req.locale : undefined,
              overrideAccess: true,
              req,
            })
            return totalDocs > 0
          }
          if (!(await taken(base))) return base
          if (given) {
            throw new ValidationError({
              collection: collection.slug,
              errors: [
                {
                  path: 'slug',
                  message: say(
                    {
                      nb: `Adressen «${given}» er allerede i bruk. Velg en annen, eller tøm feltet for å lage en automatisk.`,
                      en: `The slug "${given}" is already taken. Choose another, or clear the field to have one made.`,
                    },
                    { req },
                  ),
                },
              ],
            })
          }
          for (let n = 2; n < 100; n++) {
            const candidate = `${base}-${n}`
            if (!(await taken(candidate))) return candidate
          }
          return `${base}-${Date.now()}`
        },
      ],
    },
  }
}
