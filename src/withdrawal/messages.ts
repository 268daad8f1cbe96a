import type { Message } from '../validation/messages'

/** Why a withdrawal was refused, in the admin's two languages. */
export const WITHDRAW_MESSAGES = {
  staffOnly: {
    nb: 'Bare redaktører og administratorer kan trekke tilbake en side.',
    en: 'Only editors and admins can withdraw a page.',
  },
  noPage: {
    nb: 'Bare artikler og videoløsninger har egne sider som kan trekkes tilbake. Takster og forskningslenker vises i lister: avpubliser dem i stedet.',
    en: 'Only articles and video solutions have pages of their own to withdraw. Tariffs and research links are shown in lists: unpublish them instead.',
  },
  notPublished: {
    nb: 'Dokumentet er ikke publisert, så det er ingen side å trekke tilbake.',
    en: 'The document is not published, so there is no page to withdraw.',
  },
  mode: {
    nb: 'Velg om siden skal vise en forklaring («borte») eller sende leseren videre («videresend»).',
    en: 'Choose whether the page shows an explanation ("gone") or sends the reader on ("redirect").',
  },
  explanationNb: {
    nb: 'Skriv en offentlig forklaring på bokmål: den vises på siden som er trukket tilbake.',
    en: 'Write a public explanation in Norwegian Bokmål: it is shown on the withdrawn page.',
  },
  explanationLength: {
    nb: 'Forklaringen kan være høyst 1000 tegn.',
    en: 'The explanation can be at most 1000 characters.',
  },
  target: {
    nb: 'Velg en publisert artikkel eller videoløsning, eller skriv en adresse på dette nettstedet som begynner med én «/» (for eksempel /takster).',
    en: 'Choose a published article or video solution, or type an address on this site that starts with a single "/" (for example /takster).',
  },
  frontPage: {
    nb: 'Denne artikkelen er forsiden. Velg en annen forside i Innstillinger for nettstedet før du trekker den tilbake.',
    en: 'This article is the front page. Choose another front page in the site settings before you withdraw it.',
  },
  targetSelf: {
    nb: 'En side kan ikke sende leseren til seg selv. Velg en annen side.',
    en: 'A page cannot send the reader to itself. Choose another page.',
  },
} satisfies Record<string, Message>
