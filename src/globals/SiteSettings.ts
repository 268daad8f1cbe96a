import type { GlobalConfig } from 'payload'

import { globalAccessFor } from '../access/accessFor'
import { recordGlobalChange } from '../audit/hooks/recordGlobalChange'
import { revalidateGlobal } from '../hooks/revalidateContent'

/** Site-wide settings and the standing disclaimers shown with every vendor list. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { nb: 'Innstillinger', en: 'Site settings' },
  access: globalAccessFor('site-settings'),
  admin: { group: { nb: 'Administrasjon', en: 'Administration' } },
  versions: { max: 50 },
  hooks: { afterChange: [revalidateGlobal('site-settings'), recordGlobalChange] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, maxLength: 120, label: { nb: 'Nettstedets navn', en: 'Site name' } },
    {
      // By id, not slug: an editor may rename the guide and / keeps showing it.
      name: 'frontPage',
      type: 'relationship',
      relationTo: 'articles',
      label: { nb: 'Forside-artikkel', en: 'Front-page article' },
      admin: {
        description: {
          nb: 'Artikkelen som vises på forsiden (/) når den er publisert. Uten en valgt artikkel sier forsiden at veiledningen ikke er publisert ennå.',
          en: 'The article shown on the front page (/) once it is published. Without one, the front page says the guide has not been published yet.',
        },
      },
    },
    {
      // Review before publishing (src/workflow/): on, an editor cannot publish a change they made themselves.
      name: 'secondPairOfEyes',
      type: 'checkbox',
      defaultValue: true,
      label: { nb: 'To par øyne: en annen redaktør må publisere', en: 'Second pair of eyes: another editor must publish' },
      admin: {
        description: {
          nb: 'Når dette er på, må et utkast sendes til gjennomgang, og den som har endret det, kan ikke publisere det selv. En administrator kan tvinge publisering med en begrunnelse.',
          en: 'When on, a draft must be sent for review, and whoever changed it cannot publish it. An administrator can force a publish with a reason.',
        },
      },
    },
    {
      name: 'vendorContactEmail',
      type: 'email',
      label: { nb: 'E-post for leverandører', en: 'E-mail for vendors' },
      admin: { description: { nb: 'Hvor leverandører kan henvende seg om oppføringer.', en: 'Where vendors can write about their entries.' } },
    },
    {
      // Vendor self-service (issue 12): who hears about a submitted entry. Empty: every editor.
      name: 'vendorReviewEmail',
      type: 'email',
      label: { nb: 'Varsel om innsendte oppføringer', en: 'Notice of submitted entries' },
      admin: {
        description: {
          nb: 'E-postadressen som varsles når en leverandør sender inn en oppføring. Står feltet tomt, varsles alle redaktører.',
          en: 'The address notified when a vendor submits an entry. When empty, every editor is notified.',
        },
      },
    },
    {
      // How long a vendor's attestations stand before the vendor is asked to confirm them again (src/vendors/confirmation.ts).
      name: 'reconfirmMonths',
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 1,
      max: 36,
      label: { nb: 'Ny bekreftelse etter (måneder)', en: 'Re-confirmation after (months)' },
      admin: {
        description: {
          nb: 'Hvor mange måneder bekreftelsene i en godkjent oppføring gjelder. Deretter blir leverandøren bedt om å bekrefte på nytt, og oppføringen merkes «Ikke bekreftet siden …» på nettstedet.',
          en: "How many months the attestations of an approved entry stand. The vendor is then asked to confirm them again, and the entry is marked 'Not confirmed since …' on the site.",
        },
      },
    },
    {
      name: 'disclaimers',
      type: 'group',
      label: { nb: 'Faste forbehold', en: 'Standing disclaimers' },
      fields: [
        { name: 'notExhaustive', type: 'textarea', required: true, localized: true, maxLength: 600, label: { nb: 'Listen er ikke uttømmende', en: 'The list is not exhaustive' } },
        { name: 'notApproval', type: 'textarea', required: true, localized: true, maxLength: 600, label: { nb: 'Oppføring er ingen godkjenning', en: 'Listing is not an approval' } },
        { name: 'clinicianResponsible', type: 'textarea', required: true, localized: true, maxLength: 600, label: { nb: 'Behandlers ansvar', en: "The clinician's responsibility" } },
      ],
    },
  ],
}
