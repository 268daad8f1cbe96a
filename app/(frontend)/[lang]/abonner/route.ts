import { subscriptionRoute } from '@/subscriptions/appRoute'
import { handleSubscribe } from '@/subscriptions/routes'

export const dynamic = 'force-dynamic'

/** The subscription form's POST (src/subscriptions/routes.ts). */
export const POST = subscriptionRoute(handleSubscribe)
