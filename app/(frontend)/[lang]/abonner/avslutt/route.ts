import { subscriptionRoute } from '@/subscriptions/appRoute'
import { handleUnsubscribe } from '@/subscriptions/routes'

export const dynamic = 'force-dynamic'

/** The one-click unsubscribe link of every alert, and its RFC 8058 POST (src/subscriptions/routes.ts). */
export const GET = subscriptionRoute(handleUnsubscribe)
export const POST = subscriptionRoute(handleUnsubscribe)
