import type { CollectionSlug, PayloadRequest } from 'payload'

import { APIError, commitTransaction, Forbidden, initTransaction, killTransaction, ValidationError } from 'payload'

import { isStaff } from '../access/isStaff'
import { recordAudit } from '../audit/recordAudit'
import { LANGS, type Lang } from '../i18n/langs'
import { sitePathOf } from '../routing/sitePath'
import { say, type Message } from '../validation/messages'
import { isWithdrawable, publishedAddresses, publishedDoc, type Addresses, type Withdrawable } from './addresses'
import { WITHDRAW_MESSAGES } from './messages'
import { DEFAULT_REDIRECT_TYPE, REDIRECT_TYPES, WITHDRAWALS, type RedirectType } from './slugs'
import { redirectAddress, type RedirectTo } from './store'

type Id = number | string

export const EXPLANATION_MAX = 1000

/** What an editor asks for: the page shows why it is gone (410), or readers are sent on to another page (301/308). */
export type WithdrawRequest = {
  collection: unknown
  id: unknown
  mode: unknown
  explanation?: unknown
  /** For 'redirect': a document (`{ collection, id }`) or a path of this site (`{ path }`). */
  target?: unknown
  /** For 'redirect': '301' (default) or '308'. */
  type?: unknown
}

export type Withdrawal = { id: Id; mode: 'gone' | 'redirect'; addresses: Addresses }

const refuse = (req: PayloadRequest, message: Message) => new APIError(say(message, { req }), 400, undefined, true)

function explanationOf(req: PayloadRequest, raw: unknown): Partial<Record<Lang, string>> {
  const given = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const texts: Partial<Record<Lang, string>> = {}
  for (const lang of LANGS) {
    const text = typeof given[lang] === 'string' ? (given[lang] as string).trim() : ''
    if (text.length > EXPLANATION_MAX) throw fieldError(req, lang, WITHDRAW_MESSAGES.explanationLength)
    if (text) texts[lang] = text
  }
  if (!texts.nb) throw fieldError(req, 'nb', WITHDRAW_MESSAGES.explanationNb)
  return texts
}

const fieldError = (req: PayloadRequest, lang: Lang, message: Message) =>
  new ValidationError({ collection: WITHDRAWALS, errors: [{ path: `explanation.${lang}`, message: say(message, { req }) }] }, req.t)

async function targetOf(req: PayloadRequest, raw: unknown, self: { collection: Withdrawable; id: Id; addresses: Addresses }): Promise<RedirectTo> {
  const given = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  if ('path' in given) {
    const path = sitePathOf(given.path)
    if (!path) throw refuse(req, WITHDRAW_MESSAGES.target)
    if (Object.values(self.addresses).includes(path.replace(/[?#].*$/, ''))) throw refuse(req, WITHDRAW_MESSAGES.targetSelf)
    return { url: path }
  }
  const { collection, id } = given
  if (!isWithdrawable(collection) || (typeof id !== 'string' && typeof id !== 'number')) throw refuse(req, WITHDRAW_MESSAGES.target)
  if (collection === self.collection && String(id) === String(self.id)) throw refuse(req, WITHDRAW_MESSAGES.targetSelf)
  const target = await publishedDoc(req, collection, id)
  if (!target) throw refuse(req, WITHDRAW_MESSAGES.target)
  return { reference: { relationTo: collection, value: target.id } }
}

/** Whether the article is the one site settings show at / (withdrawing it would leave the site without a front page). */
async function isFrontPage(req: PayloadRequest, id: Id): Promise<boolean> {
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as { frontPage?: unknown }
  const front = settings.frontPage && typeof settings.frontPage === 'object' ? (settings.frontPage as { id?: unknown }).id : settings.frontPage
  return front !== null && front !== undefined && String(front) === String(id)
}

/**
 * Withdraws a published article or vendor page, in one transaction: the document is unpublished as the
 * requesting user (through Payload, so the roles matrix's publish rule and every hook apply: the search index
 * and the sitemap lose it, the pages are expired), and the withdrawal is stored. Every language's address then
 * answers 410 with the explanation ('gone') or sends readers on permanently ('redirect'). Everything is checked
 * before anything is written; a refusal writes nothing.
 */
export async function withdrawDocument(req: PayloadRequest, input: WithdrawRequest): Promise<Withdrawal> {
  if (!req.user) throw new Forbidden(req.t)
  if (!isStaff({ req })) throw new APIError(say(WITHDRAW_MESSAGES.staffOnly, { req }), 403, undefined, true)
  const { collection, id, mode } = input
  if (!isWithdrawable(collection)) throw refuse(req, WITHDRAW_MESSAGES.noPage)
  if (typeof id !== 'string' && typeof id !== 'number') throw refuse(req, WITHDRAW_MESSAGES.notPublished)
  if (mode !== 'gone' && mode !== 'redirect') throw refuse(req, WITHDRAW_MESSAGES.mode)
  const addresses = await publishedAddresses(req, collection, id)
  if (!addresses) throw refuse(req, WITHDRAW_MESSAGES.notPublished)
  if (collection === 'articles' && (await isFrontPage(req, id))) throw refuse(req, WITHDRAW_MESSAGES.frontPage)
  const explanation = mode === 'gone' ? explanationOf(req, input.explanation) : {}
  const target = mode === 'redirect' ? await targetOf(req, input.target, { collection, id, addresses }) : undefined
  const type: RedirectType = (REDIRECT_TYPES as readonly unknown[]).includes(input.type) ? (input.type as RedirectType) : DEFAULT_REDIRECT_TYPE

  const { locale, fallbackLocale } = req
  const ownTransaction = await initTransaction(req)
  try {
    await req.payload.update({ collection, id, data: { _status: 'draft' } as never, req, user: req.user, overrideAccess: false, depth: 0 })
    const stored = await req.payload.create({
      collection: WITHDRAWALS as CollectionSlug,
      data: { collection, docId: String(id), mode, explanation: explanation.nb, addresses: Object.values(addresses).map((path) => ({ path })) } as never,
      locale: 'nb',
      req,
      overrideAccess: true,
      depth: 0,
    })
    for (const lang of LANGS.filter((l) => l !== 'nb' && explanation[l])) {
      await req.payload.update({ collection: WITHDRAWALS as CollectionSlug, id: stored.id, data: { explanation: explanation[lang] } as never, locale: lang, req, overrideAccess: true, depth: 0 })
    }
    if (target) for (const from of new Set(Object.values(addresses))) await redirectAddress(req, from, target, type)
    await recordAudit(req, { action: 'withdraw', collection, docId: id, detail: target ? `redirect ${'url' in target ? target.url : `${target.reference.relationTo}/${target.reference.value}`}` : 'gone' })
    if (ownTransaction) await commitTransaction(req)
    return { id: stored.id, mode, addresses }
  } catch (err) {
    if (ownTransaction) await killTransaction(req)
    throw err
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
