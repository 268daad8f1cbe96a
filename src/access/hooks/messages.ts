import type { Message } from '../../validation/messages'

/** What the publish and owner rules answer when they refuse, in both admin languages. */
export const PUBLISH_REFUSED: Message = {
  nb: 'Du kan ikke publisere, avpublisere eller endre det som er publisert. Lagre endringen som utkast, så publiserer redaksjonen den.',
  en: 'You cannot publish, unpublish or change what is published. Save your change as a draft and the editors will publish it.',
}

export const DELETE_PUBLISHED_REFUSED: Message = {
  nb: 'Du kan ikke slette en publisert oppføring. Be redaksjonen avpublisere den først.',
  en: 'You cannot delete a published entry. Ask the editors to unpublish it first.',
}

export const RESTORE_REFUSED: Message = {
  nb: 'Du kan ikke gjenopprette en tidligere versjon; det kan bare redaksjonen.',
  en: 'You cannot restore an earlier version; only the editors can.',
}

export const OWNER_REFUSED: Message = {
  nb: 'Du kan bare lagre oppføringer som eies av din egen organisasjon. Bare redaksjonen kan endre eier.',
  en: 'You can only save entries owned by your own organisation. Only the editors can change the owner.',
}

export const NO_ORGANISATION: Message = {
  nb: 'Brukeren din hører ikke til noen leverandørorganisasjon. Be redaksjonen knytte deg til organisasjonen din.',
  en: 'Your user belongs to no vendor organisation. Ask the editors to add you to your organisation.',
}

export const DELETE_SUBMITTED_REFUSED: Message = {
  nb: 'Du kan ikke slette en oppføring som er sendt inn til redaksjonen. Vent til redaksjonen har vurdert den.',
  en: 'You cannot delete an entry that has been submitted to the editors. Wait until the editors have reviewed it.',
}

export const DELETE_APPROVED_REFUSED: Message = {
  nb: 'Du kan ikke slette en oppføring som redaksjonen har godkjent. Be redaksjonen om å fjerne den.',
  en: 'You cannot delete an entry the editors have approved. Ask the editors to remove it.',
}

export const UPLOAD_REFUSED: Message = {
  nb: 'Du kan ikke laste opp filer. Bare redaksjonen laster opp bilder og dokumenter.',
  en: 'You cannot upload files. Only the editors upload images and documents.',
}

export const DUPLICATE_REFUSED: Message = {
  nb: 'Du kan bare kopiere oppføringer som eies av din egen organisasjon.',
  en: 'You can only duplicate entries owned by your own organisation.',
}
