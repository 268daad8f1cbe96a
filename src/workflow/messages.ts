import type { Message } from '../validation/messages'

/** What the review workflow answers, in both admin languages. */
export const CHANGE_NOTE_REQUIRED: Message = {
  nb: 'Skriv en endringsmerknad (hva som er endret og hvorfor) før du publiserer, eller kryss av for «Liten endring».',
  en: 'Write a change note (what changed and why) before you publish, or tick "Minor change".',
}

export const OWN_CHANGE: Message = {
  nb: 'Du har selv endret dette utkastet. En annen redaktør eller en administrator må publisere det.',
  en: 'You changed this draft yourself. Another editor or an administrator must publish it.',
}

export const OWN_CHANGE_ADMIN: Message = {
  nb: 'Du har selv endret dette utkastet. En annen redaktør må publisere det, eller du kan tvinge publisering med en begrunnelse.',
  en: 'You changed this draft yourself. Another editor must publish it, or you can force the publish with a reason.',
}

export const NOT_IN_REVIEW: Message = {
  nb: 'Utkastet er ikke sendt til gjennomgang. Send det til gjennomgang under «Gjennomgang», så kan en annen redaktør publisere det.',
  en: 'The draft has not been sent for review. Send it for review under "Review", and another editor can publish it.',
}

export const NOT_IN_REVIEW_ADMIN: Message = {
  nb: 'Utkastet er ikke sendt til gjennomgang. Send det til gjennomgang under «Gjennomgang», eller tving publisering med en begrunnelse.',
  en: 'The draft has not been sent for review. Send it for review under "Review", or force the publish with a reason.',
}

export const NOT_STAFF: Message = {
  nb: 'Bare redaksjonen publiserer. Lagre endringen som utkast og send den til gjennomgang.',
  en: 'Only the editors publish. Save your change as a draft and send it for review.',
}

export const BAD_TRANSITION_INPUT: Message = {
  nb: 'Ugyldig forespørsel: oppgi collection, id og to (en gyldig status), og eventuelt comment (tekst, høyst 2000 tegn).',
  en: 'Invalid request: give collection, id and to (a valid state), and optionally comment (text, at most 2000 characters).',
}

export const BAD_STATUS_INPUT: Message = {
  nb: 'Ugyldig forespørsel: oppgi collection (en samling med utkast) og id.',
  en: 'Invalid request: give collection (a collection with drafts) and id.',
}

export const COMMENT_REQUIRED: Message = {
  nb: 'Skriv en kommentar som sier hva som må endres eller hvorfor.',
  en: 'Write a comment that says what must change or why.',
}

export const PUBLISH_BY_BUTTON: Message = {
  nb: 'Et dokument publiseres med Publiser-knappen, ikke som en statusendring.',
  en: 'A document is published with the Publish button, not as a state change.',
}

export const TRANSITION_REFUSED: Message = {
  nb: 'Du kan ikke gjøre denne endringen av status. Bare redaksjonen gjennomgår, og bare den som kan endre dokumentet, sender det til gjennomgang.',
  en: 'You cannot make this change of state. Only the editors review, and only those who may change the document send it for review.',
}

export const NOT_LOGGED_IN: Message = {
  nb: 'Du må være logget inn.',
  en: 'You must be logged in.',
}

export const DOCUMENT_NOT_FOUND: Message = {
  nb: 'Fant ikke dokumentet, eller du har ikke tilgang til det.',
  en: 'The document was not found, or you have no access to it.',
}

/** The state moved since the admin showed it: the message names the current one. */
export const stateMoved = (current: string, currentEn: string): Message => ({
  nb: `Statusen er endret i mellomtiden (nå: ${current}). Last siden på nytt og prøv igjen.`,
  en: `The state has changed in the meantime (now: ${currentEn}). Reload the page and try again.`,
})

export const COMMENT_REFUSED: Message = {
  nb: 'Du kan bare skrive kommentarer til oppføringer som tilhører din egen organisasjon.',
  en: 'You can only comment on entries that belong to your own organisation.',
}
