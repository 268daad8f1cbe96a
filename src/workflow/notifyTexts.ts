/** A step of a vendor entry's review that someone is told about by e-mail (src/workflow/notify.ts). */
export type VendorStep = 'submitted' | 'changes-requested' | 'rejected' | 'approved'

export type VendorStepFacts = {
  /** The entry's name. */
  name: string
  /** The owning organisation's name (who submitted). */
  organisation: string
  /** The comment of the step ('' for none). */
  comment: string
  /** The entry in the admin. */
  adminUrl: string
  /** The entry's page on the site (approved entries). */
  publicUrl: string
}

const commentBlock = (heading: string, comment: string): string[] => (comment ? [heading, comment, ''] : [])

/**
 * The e-mail of each step, bokmål first and English below: to the editors when an entry is submitted, to the
 * owning organisation's members on every decision, with the comment. Plain text, one mail per recipient.
 */
export function vendorStepMail(step: VendorStep, facts: VendorStepFacts): { subject: string; text: string } {
  const { name, organisation, comment, adminUrl, publicUrl } = facts
  switch (step) {
    case 'submitted':
      return {
        subject: `Sendt inn til vurdering: ${name}`,
        text: [
          `${organisation} har sendt inn oppføringen «${name}» til vurdering.`,
          '',
          ...commentBlock('Kommentar fra leverandøren:', comment),
          'Vurder oppføringen i kontrollpanelet:',
          adminUrl,
          '',
          '---',
          `English: ${organisation} has submitted the entry "${name}" for review. Review it in the admin at the address above.`,
        ].join('\n'),
      }
    case 'changes-requested':
      return {
        subject: `Endringer ønsket: ${name}`,
        text: [
          `Redaksjonen ber om endringer i oppføringen «${name}» før den kan godkjennes.`,
          '',
          ...commentBlock('Kommentar fra redaksjonen:', comment),
          'Gjør endringene og send oppføringen inn på nytt:',
          adminUrl,
          '',
          '---',
          `English: The editors ask for changes to the entry "${name}" before it can be approved. Their comment is above. Make the changes and submit the entry again.`,
        ].join('\n'),
      }
    case 'rejected':
      return {
        subject: `Avvist: ${name}`,
        text: [
          `Redaksjonen har avvist oppføringen «${name}».`,
          '',
          ...commentBlock('Begrunnelse fra redaksjonen:', comment),
          'Dere kan endre oppføringen og sende den inn på nytt:',
          adminUrl,
          '',
          '---',
          `English: The editors have rejected the entry "${name}". Their reason is above. You may change the entry and submit it again.`,
        ].join('\n'),
      }
    case 'approved':
      return {
        subject: `Godkjent: ${name}`,
        text: [
          `Redaksjonen har godkjent oppføringen «${name}». Den er nå publisert i Videoveilederen:`,
          publicUrl,
          '',
          ...commentBlock('Kommentar fra redaksjonen:', comment),
          'Endringer dere gjør senere, sendes inn til ny vurdering. Til de er godkjent, ser publikum den godkjente versjonen.',
          adminUrl,
          '',
          '---',
          `English: The editors have approved the entry "${name}". It is now published in the guide.${comment ? ' Their comment is above.' : ''} Later changes are submitted for review again; until they are approved, the public sees the approved version.`,
        ].join('\n'),
      }
  }
}
