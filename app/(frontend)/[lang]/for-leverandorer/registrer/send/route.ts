import { handleRegistration } from '@/registration/routes'
import { subscriptionRoute } from '@/subscriptions/appRoute'

export const dynamic = 'force-dynamic'

/** The registration form's POST (src/registration/routes.ts). */
export const POST = subscriptionRoute(handleRegistration)
