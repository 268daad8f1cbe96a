import type { AfterErrorHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { en } from '@payloadcms/translations/languages/en'

import { say } from '@/validation/messages'

import { clientFault } from './clientFaults'
import { labelForPath } from './fieldLabels'
import { translatePayloadMessage, type MessageContext } from './payloadMessages'
import { explainRichTextError } from './richTextLinkProblems'

type FieldError = { path?: string; label?: unknown; message?: string }
type ErrorData = { collection?: string; global?: string; errors?: FieldError[] }
type Target = { fields?: Field[]; context: MessageContext }

/** Payload's English error texts by key, to find the key of a text it threw in English instead of translating. */
const ENGLISH_ERROR_KEYS = new Map(Object.entries(en.translations.error).map(([key, text]) => [text, key]))

function targetOf(req: PayloadRequest, data: ErrorData | undefined, fallback?: { fields: Field[]; upload?: unknown }): Target {
  const collection = data?.collection ? req.payload.collections[data.collection as CollectionSlug]?.config : undefined
  const global = data?.global ? req.payload.config.globals.find((g) => g.slug === data.global) : undefined
  const config = collection ?? global ?? fallback
  const upload = (config as { upload?: { mimeTypes?: string[] } | boolean } | undefined)?.upload
  return { fields: config?.fields, context: { mimeTypes: typeof upload === 'object' ? upload.mimeTypes : undefined } }
}

function translate(message: string, req: PayloadRequest, context: MessageContext): string {
  const translated = translatePayloadMessage(message, req.i18n.language, context)
  if (translated !== message) return translated
  const key = ENGLISH_ERROR_KEYS.get(message)
  return key ? req.t(`error:${key}` as never) : message
}

function localizeFieldErrors(errors: FieldError[], req: PayloadRequest, context: MessageContext): FieldError[] {
  return errors.map((error) => {
    if (typeof error.message !== 'string') return error
    const explained = explainRichTextError(error.message, req.data, error.path)
    const message = explained ? say(explained, { req }) : translate(error.message, req, context)
    return { ...error, message }
  })
}

/** "The following field is invalid: slug" becomes the intro, then each field's label and what is wrong with it. */
function validationMessage(errors: FieldError[], req: PayloadRequest, target: Target): string {
  const intro = req.t('error:followingFieldsInvalid', { count: errors.length })
  const entries = errors.map((error) => {
    const label = typeof error.label === 'string' && error.label ? error.label : labelForPath(target.fields, error.path ?? '', req.i18n.language)
    return error.message ? `${label}: ${error.message}` : label
  })
  return `${intro} ${entries.join(' ')}`
}

function localize(error: Error, req: PayloadRequest, message: string, fallback?: { fields: Field[] }) {
  const data = (error as { data?: ErrorData }).data ?? undefined
  const target = targetOf(req, data ?? undefined, fallback)
  if (data && Array.isArray(data.errors) && data.errors.length > 0) {
    const errors = localizeFieldErrors(data.errors, req, target.context)
    return { message: validationMessage(errors, req, target), data: { ...data, errors } }
  }
  return { message: translate(message, req, target.context), data }
}

/**
 * Makes every refusal say, in the request's language, what was wrong and what to do: Payload's English-only
 * texts are translated, and a validation error's top-level message carries each field's own reason (hooks
 * throw `ValidationError` without a translator, so Payload would wrap their Norwegian reasons in English).
 */
export const localizeErrors: AfterErrorHook = ({ collection, error, graphqlResult, req, result }) => {
  if (!req?.t || !req.i18n) return
  const fault = clientFault(error)
  if (fault && result) return { response: { errors: [{ message: say(fault, { req }) }] }, status: 400 }
  if (result) {
    const errors = result.errors.map((entry) => {
      if (typeof entry.message !== 'string') return entry
      const localized = localize(error, req, entry.message, collection)
      return { ...entry, message: localized.message, ...(entry.data ? { data: localized.data as Record<string, unknown> } : {}) }
    })
    return { response: { ...result, errors } }
  }
  if (graphqlResult) {
    const original = (error as { originalError?: Error }).originalError ?? error
    const localized = localize(original, req, graphqlResult.message)
    let extensions = graphqlResult.extensions?.data ? { ...graphqlResult.extensions, data: localized.data } : graphqlResult.extensions
    // REST shows no error name; GraphQL does, and a locked account must not be told from a wrong password.
    if (extensions?.name === 'LockedAuth') extensions = { ...extensions, name: 'AuthenticationError' }
    return { graphqlResult: { ...graphqlResult, message: localized.message, extensions } }
  }
}
