import type { WorkflowState } from '../../workflow/states'

export type VendorStartLang = 'nb' | 'en'

/** What the vendor is told to do next about an entry in each review state. */
type StateText = { title: string; next: string }

/** The vendor's start page's words in the admin's two languages. */
export const VENDOR_START_TEXT = {
  nb: {
    title: 'Dine oppføringer',
    intro: (organisation: string) =>
      `Her er videoløsningene til ${organisation}. Redaksjonen i direktoratet vurderer alt dere sender inn før det vises i veilederen.`,
    noOrganisation: 'Brukeren din hører ikke til noen leverandørorganisasjon ennå. Be redaksjonen knytte deg til organisasjonen din.',
    empty: 'Dere har ingen oppføringer ennå. Lag den første med «Ny oppføring».',
    create: 'Ny oppføring',
    entry: 'Oppføring',
    changed: 'Sist endret',
    comment: 'Redaksjonens merknad',
    noComment: 'Ingen merknad',
    due: 'Frist',
    overdue: 'Forfalt',
    dueSoon: 'Forfaller snart',
    reconfirm: {
      title: 'Bekreft opplysningene på nytt',
      next: (months: number) =>
        `Bekreftelsene står i ${months} måneder. Åpne oppføringen, kontroller at opplysningene fortsatt stemmer, og trykk «Bekreft opplysningene på nytt». Forfalte oppføringer merkes «Ikke bekreftet siden …» i veilederen.`,
    },
    states: {
      'changes-requested': {
        title: 'Endringer ønsket',
        next: 'Redaksjonen ber om endringer. Les merknaden, rett oppføringen og trykk «Send inn» igjen.',
      },
      draft: {
        title: 'Utkast',
        next: 'Fyll ut feltene og bekreftelsene, forhåndsvis oppføringen, og trykk «Send inn» når den er klar. Redaksjonen ser den ikke før den er sendt inn.',
      },
      rejected: {
        title: 'Avvist',
        next: 'Redaksjonen har avvist oppføringen. Begrunnelsen står under. Du kan endre den og sende den inn på nytt, eller slette den.',
      },
      'in-review': {
        title: 'Sendt inn',
        next: 'Redaksjonen vurderer oppføringen. Du trenger ikke gjøre noe nå; dere får e-post når redaksjonen har bestemt seg.',
      },
      published: {
        title: 'Godkjent',
        next: 'Oppføringen vises i veilederen. Endrer du den, blir endringen et nytt utkast som må sendes inn; veilederen viser den godkjente versjonen til redaksjonen har godkjent endringen.',
      },
    } satisfies Record<WorkflowState, StateText>,
  },
  en: {
    title: 'Your entries',
    intro: (organisation: string) =>
      `These are the video solutions of ${organisation}. The directorate's editors review everything you submit before it appears in the guide.`,
    noOrganisation: 'Your user belongs to no vendor organisation yet. Ask the editors to add you to your organisation.',
    empty: 'You have no entries yet. Make the first one with "New entry".',
    create: 'New entry',
    entry: 'Entry',
    changed: 'Last changed',
    comment: "The editors' comment",
    noComment: 'No comment',
    due: 'Due',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    reconfirm: {
      title: 'Confirm the information again',
      next: (months: number) =>
        `Attestations stand for ${months} months. Open the entry, check that the information is still correct, and press "Confirm the information again". Overdue entries are marked "Not confirmed since …" in the guide.`,
    },
    states: {
      'changes-requested': {
        title: 'Changes requested',
        next: 'The editors ask for changes. Read their comment, correct the entry and press "Submit" again.',
      },
      draft: {
        title: 'Draft',
        next: 'Fill in the fields and the attestations, preview the entry, and press "Submit" when it is ready. The editors do not see it until it is submitted.',
      },
      rejected: {
        title: 'Rejected',
        next: 'The editors rejected the entry. Their reason is below. You can change it and submit it again, or delete it.',
      },
      'in-review': {
        title: 'Submitted',
        next: 'The editors are reviewing the entry. Nothing to do now; you will get an e-mail when they have decided.',
      },
      published: {
        title: 'Approved',
        next: 'The entry is shown in the guide. A change you make becomes a new draft to submit; the guide shows the approved version until the editors approve the change.',
      },
    } satisfies Record<WorkflowState, StateText>,
  },
}

/** The order of the sections: what needs the vendor first. */
export const STATE_ORDER: WorkflowState[] = ['changes-requested', 'draft', 'rejected', 'in-review', 'published']
