import type { Message } from '../validation/messages'

/** What POST /api/vendors/reconfirm answers, in both admin languages. */
export const BAD_RECONFIRM_INPUT: Message = {
  nb: 'Ugyldig forespørsel: oppgi id (oppføringen som skal bekreftes på nytt).',
  en: 'Invalid request: give id (the entry to confirm again).',
}

export const NOT_ENTRY_AUTHOR: Message = {
  nb: 'Bare medlemmer av organisasjonen som eier oppføringen (eller redaksjonen) kan bekrefte den på nytt. Du kan bare bekrefte oppføringer fra din egen organisasjon.',
  en: "Only members of the organisation that owns the entry (or the editors) can confirm it again. You can only confirm your own organisation's entries.",
}

export const NEWER_DRAFT: Message = {
  nb: 'Oppføringen har et nyere utkast enn den godkjente versjonen. Send inn utkastet ditt til vurdering i stedet: da blir opplysningene i det bekreftet når redaksjonen godkjenner det.',
  en: 'The entry has a draft newer than the approved version. Submit your draft for review instead: its information is confirmed when the editors approve it.',
}

export const NOT_APPROVED: Message = {
  nb: 'Oppføringen er ikke godkjent ennå, så det er ingenting å bekrefte på nytt. Send inn utkastet ditt til vurdering i stedet.',
  en: 'The entry has not been approved yet, so there is nothing to confirm again. Submit your draft for review instead.',
}

export const NOTHING_ANSWERED: Message = {
  nb: 'Oppføringen har ingen besvarte bekreftelser (ja eller nei). Svar på bekreftelsene og send inn oppføringen til vurdering.',
  en: 'The entry has no answered attestations (yes or no). Answer them and submit the entry for review.',
}

/** The comment the review thread keeps with a re-confirmation (the editors and the vendor see it). */
export const RECONFIRM_COMMENT = 'Leverandøren bekrefter at opplysningene fortsatt stemmer.'
