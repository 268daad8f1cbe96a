/**
 * The `req.context` flag of a vendor's self-registration (src/registration/register.ts). Only a users create
 * that carries it starts unverified and gets Payload's verification mail; every other create (staff in the
 * admin, ADMIN_EMAIL, the seed, invitations, tests) is verified at once and mails nothing. `req.context` is
 * set on the server only: no request body can carry it.
 */
export const REGISTRATION_CONTEXT = 'vendorRegistration'

/** Whether this request is a vendor's self-registration. */
export const isRegistration = (context: Record<string, unknown> | undefined): boolean => context?.[REGISTRATION_CONTEXT] === true
