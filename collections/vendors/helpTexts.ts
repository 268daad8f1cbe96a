import type { Message } from '@/validation/messages'

/**
 * What the directorate expects in each field a vendor fills in (issue 12 item 2), shown under the field in the
 * admin. The directorate's editors read every entry against these texts before they approve it.
 */
export const VENDOR_HELP = {
  name: {
    nb: 'Navnet løsningen har i markedsføringen og i avtalen med kundene, uten firmanavn eller versjonsnummer (for eksempel «Videokonsultasjon Pluss»).',
    en: 'The name the solution has in marketing and in the contract with customers, without company name or version number (for example "Video Consultation Plus").',
  },
  solutionType: {
    nb: 'Velg «EPJ-løsning med integrert video» bare når videosamtalen startes fra journalsystemet. Velg ellers «Frittstående videoløsning».',
    en: 'Choose "Patient record system with integrated video" only when the video call is started from the patient record system. Otherwise choose "Standalone video solution".',
  },
  professionCategories: {
    nb: 'Faggruppene løsningen er laget for og brukes av i dag. Redaksjonen kan be om dokumentasjon, for eksempel en kundeliste eller et brukerhefte.',
    en: 'The profession groups the solution is made for and used by today. The editors may ask for documentation, such as a customer list or a user guide.',
  },
  shortDescription: {
    nb: 'To til tre setninger på vanlig norsk om hva løsningen gjør og for hvem. Skriv saklig, uten reklame, priser eller superlativer. Vises i oversikten over leverandører.',
    en: 'Two or three sentences in plain language on what the solution does and for whom. Keep it factual, without advertising, prices or superlatives. Shown in the vendor directory.',
  },
  description: {
    nb: 'Utfyllende beskrivelse: hvordan pasienten kobler seg til, hva som trengs av utstyr, og hvor data lagres og behandles. Ingen lenker til kampanjer eller skjemaer.',
    en: 'The full description: how the patient joins, what equipment is needed, and where data is stored and processed. No links to campaigns or forms.',
  },
  website: {
    nb: 'Nettsiden som beskriver denne løsningen (https://), ikke forsiden til firmaet.',
    en: 'The web page that describes this solution (https://), not the company\'s front page.',
  },
  contactEmail: {
    nb: 'En adresse som helsepersonell og redaksjonen kan skrive til med spørsmål om løsningen, helst en felles adresse som ikke slutter å virke når en ansatt slutter.',
    en: 'An address health personnel and the editors can write to with questions about the solution, preferably a shared one that keeps working when an employee leaves.',
  },
  logo: {
    nb: 'Velg logoen blant filene redaksjonen har lastet opp. Leverandører kan ikke laste opp filer selv: send logoen (PNG eller JPEG) til redaksjonen.',
    en: 'Choose the logo among the files the editors have uploaded. Vendors cannot upload files themselves: send the logo (PNG or JPEG) to the editors.',
  },
  features: {
    nb: 'Kryss bare av for det løsningen gjør i dag, ikke det som er planlagt. Veilederen filtrerer på disse.',
    en: 'Tick only what the solution does today, not what is planned. The guide filters by these.',
  },
  attestations: {
    nb: 'Svar «Ja» bare når dere kan dokumentere det på forespørsel (for eksempel med risikovurdering, databehandleravtale eller revisjonsrapport). Oppgi datoen dere sist kontrollerte hvert punkt. Bekreftelsene må fornyes jevnlig; redaksjonen varsler når det er tid.',
    en: 'Answer "Yes" only when you can document it on request (for example with a risk assessment, a data processor agreement or an audit report). Give the date you last checked each point. The attestations must be renewed regularly; the editors tell you when.',
  },
  attestationStatus: {
    nb: '«Ja» eller «Nei» slik det er i dag. «Ikke bekreftet» vises som ubesvart i veilederen.',
    en: '"Yes" or "No" as it is today. "Not confirmed" is shown as unanswered in the guide.',
  },
  attestationConfirmedAt: {
    nb: 'Datoen dere sist kontrollerte at svaret stemmer.',
    en: 'The date you last checked that the answer is correct.',
  },
} satisfies Record<string, Message>
