import type { Lang } from '../../i18n/langs'

/** What a withdrawn page says around its explanation, in each of the site's languages. */
export const WITHDRAWN_TEXT: Record<Lang, { title: string; lead: string; explanation: string; home: string }> = {
  nb: {
    title: 'Siden er trukket tilbake',
    lead: 'Denne siden er fjernet fra veilederen og kommer ikke tilbake på denne adressen.',
    explanation: 'Begrunnelse',
    home: 'Gå til forsiden',
  },
  nn: {
    title: 'Sida er trekt tilbake',
    lead: 'Denne sida er fjerna frå rettleiaren og kjem ikkje tilbake på denne adressa.',
    explanation: 'Grunngiving',
    home: 'Gå til framsida',
  },
  en: {
    title: 'This page has been withdrawn',
    lead: 'This page has been removed from the guide and will not return at this address.',
    explanation: 'Reason',
    home: 'Go to the front page',
  },
}
