import type { SeedNavigation, SeedSettings } from '../types'
import { GUIDE_SLUG } from './articles'

export const settings: SeedSettings = {
  siteName: { nb: 'Videoveileder', nn: 'Videorettleiar', en: 'Video consultation guide' },
  frontPage: GUIDE_SLUG,
  vendorContactEmail: 'leverandor@videoveileder.example.no',
  disclaimers: {
    notExhaustive: {
      nb: 'Oversikten over videoløsninger er ment som en hjelp til å komme i gang og viser ikke nødvendigvis alle løsninger som finnes.',
      nn: 'Oversikta over videoløysingar er meint som ei hjelp til å kome i gang og viser ikkje nødvendigvis alle løysingar som finst.',
      en: 'The overview of video solutions is meant to help you get started and does not necessarily include every solution available.',
    },
    notApproval: {
      nb: 'At en løsning står i oversikten, betyr ikke at direktoratet har godkjent eller anbefaler den.',
      nn: 'At ei løysing står i oversikta, tyder ikkje at direktoratet har godkjent eller tilrår henne.',
      en: 'A solution being listed does not mean that the directorate has approved or recommends it.',
    },
    clinicianResponsible: {
      nb: 'Før du tar i bruk en løsning, må du som behandler selv kontrollere at leverandøren lever opp til kravene til personvern og informasjonssikkerhet.',
      nn: 'Før du tek i bruk ei løysing, må du som behandlar sjølv kontrollere at leverandøren lever opp til krava til personvern og informasjonstryggleik.',
      en: 'As the clinician, you are responsible for making sure that the vendor you choose meets the requirements for privacy and information security.',
    },
  },
}

export const navigation: SeedNavigation = {
  mainMenu: [
    { label: { nb: 'Veileder', nn: 'Rettleiar', en: 'Guide' }, href: '/' },
    { label: { nb: 'Leverandører', nn: 'Leverandørar', en: 'Vendors' }, href: '/leverandorer' },
    { label: { nb: 'Takster', nn: 'Takstar', en: 'Tariffs' }, href: '/takster' },
    { label: { nb: 'Forskning', nn: 'Forsking', en: 'Research' }, href: '/forskning' },
  ],
  footerLinks: [
    {
      label: { nb: 'Tilgjengelighetserklæring', nn: 'Tilgjengelegheitserklæring', en: 'Accessibility statement' },
      href: '/tilgjengelighet',
    },
    { label: { nb: 'Åpne data', nn: 'Opne data', en: 'Open data' }, href: '/apne-data' },
    { label: { nb: 'For leverandører', nn: 'For leverandørar', en: 'For vendors' }, href: '/for-leverandorer' },
  ],
  footerText: {
    nb: 'Videoveileder er en veiledning fra Helsedirektoratet. Innholdet ble først utarbeidet av Direktoratet for e-helse, som ble en del av Helsedirektoratet 1. januar 2024.',
    nn: 'Videorettleiar er ei rettleiing frå Helsedirektoratet. Innhaldet vart først utarbeidd av Direktoratet for e-helse, som vart ein del av Helsedirektoratet 1. januar 2024.',
    en: 'This video consultation guide is published by the Norwegian Directorate of Health. The content was first prepared by the Norwegian Directorate of eHealth, which became part of the Directorate of Health on 1 January 2024.',
  },
}
