/** The editors' section on entries overdue for re-confirmation, in both admin languages. */
export const RECONFIRMATION_TEXT = {
  nb: {
    title: 'Ikke bekreftet på nytt',
    intro: 'Godkjente oppføringer der leverandøren ikke har bekreftet opplysningene innen fristen. Nettstedet viser dem fortsatt, merket «Ikke bekreftet siden …». Leverandørens medlemmer har fått e-post.',
    empty: 'Alle godkjente oppføringer er bekreftet innen fristen.',
    entry: 'Oppføring',
    company: 'Leverandør',
    confirmedAt: 'Sist bekreftet',
    dueAt: 'Frist',
    status: 'Status',
    inReview: 'Ny bekreftelse til vurdering',
    waiting: 'Venter på leverandøren',
  },
  en: {
    title: 'Not confirmed again',
    intro: "Approved entries whose vendor has not confirmed the information by the deadline. The site still shows them, marked 'Not confirmed since …'. The vendor's members have been e-mailed.",
    empty: 'Every approved entry is confirmed within the period.',
    entry: 'Entry',
    company: 'Vendor',
    confirmedAt: 'Last confirmed',
    dueAt: 'Deadline',
    status: 'State',
    inReview: 'New confirmation awaiting review',
    waiting: 'Waiting for the vendor',
  },
} as const
