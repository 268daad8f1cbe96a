import { subscriptionRoute } from '@/subscriptions/appRoute'
import { handleConfirm } from '@/subscriptions/routes'

export const dynamic = 'force-dynamic'

/** The confirmation link of a new subscription (src/subscriptions/routes.ts). */
export const GET = subscriptionRoute(handleConfirm)
