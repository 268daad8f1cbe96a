import type { PayloadRequest } from 'payload'

/** Whether the site setting "second pair of eyes" is on; on unless an admin turned it off (the default is on). */
export async function secondPairOfEyesOn(req: PayloadRequest): Promise<boolean> {
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as { secondPairOfEyes?: boolean | null }
  return settings.secondPairOfEyes !== false
}
