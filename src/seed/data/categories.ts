import type { SeedCategory } from '../types'

/** The five profession groups of the guide, in the order they appear on the page. */
export const categories: SeedCategory[] = [
  {
    key: 'leger',
    order: 1,
    name: { nb: 'Leger', nn: 'Legar', en: 'Doctors' },
    slug: { nb: 'leger', nn: 'legar', en: 'doctors' },
    description: {
      nb: 'Fastleger, legevakter og avtalespesialister som ønsker å ta imot pasienter på video.',
      nn: 'Fastlegar, legevakter og avtalespesialistar som ønskjer å ta imot pasientar på video.',
      en: 'GPs, out-of-hours services and contracted specialists who want to see patients by video.',
    },
  },
  {
    key: 'psykologer-psykiatere',
    order: 2,
    name: { nb: 'Psykologer og psykiatere', nn: 'Psykologar og psykiatrar', en: 'Psychologists and psychiatrists' },
    slug: { nb: 'psykologer-psykiatere', nn: 'psykologar-og-psykiatrar', en: 'psychologists-and-psychiatrists' },
    description: {
      nb: 'Behandlere i psykisk helsevern som vil ha samtaler og terapi over video.',
      nn: 'Behandlarar i psykisk helsevern som vil ha samtalar og terapi over video.',
      en: 'Mental health clinicians who want to hold conversations and therapy sessions by video.',
    },
  },
  {
    key: 'fysio-manuell-logoped',
    order: 3,
    name: {
      nb: 'Fysio- og manuellterapeuter og logopeder',
      nn: 'Fysio- og manuellterapeutar og logopedar',
      en: 'Physiotherapists, manual therapists and speech therapists',
    },
    slug: {
      nb: 'fysio-manuell-logoped',
      nn: 'fysio-og-manuellterapeutar-og-logopedar',
      en: 'physio-manual-and-speech-therapists',
    },
    description: {
      nb: 'Terapeuter som kan gi veiledning, øvelser og oppfølging på video i stedet for ved oppmøte.',
      nn: 'Terapeutar som kan gi rettleiing, øvingar og oppfølging på video i staden for ved oppmøte.',
      en: 'Therapists who can give guidance, exercises and follow-up by video instead of in person.',
    },
  },
  {
    key: 'spesialisthelsetjenesten',
    order: 4,
    name: { nb: 'Spesialisthelsetjenesten', nn: 'Spesialisthelsetenesta', en: 'Specialist health service' },
    slug: { nb: 'spesialisthelsetjenesten', nn: 'spesialisthelsetenesta', en: 'specialist-health-service' },
    description: {
      nb: 'Sykehus og helseforetak. De har ofte felles løsninger i regionen eller bruker tjenester fra Norsk helsenett.',
      nn: 'Sjukehus og helseføretak. Dei har ofte felles løysingar i regionen eller bruker tenester frå Norsk helsenett.',
      en: 'Hospitals and health trusts, which often use shared regional services or services from Norsk helsenett.',
    },
  },
  {
    key: 'kommuner',
    order: 5,
    name: { nb: 'Kommuner', nn: 'Kommunar', en: 'Municipalities' },
    slug: { nb: 'kommuner', nn: 'kommunar', en: 'municipalities' },
    description: {
      nb: 'Helse- og omsorgstjenestene i kommunen, som kan få hjelp av veiledningen fra Nasjonalt velferdsteknologiprogram.',
      nn: 'Helse- og omsorgstenestene i kommunen, som kan få hjelp av rettleiinga frå Nasjonalt velferdsteknologiprogram.',
      en: 'Municipal health and care services, which can draw on the guidance from the National Welfare Technology Programme.',
    },
  },
]
