import { ATTESTATION_KEYS, FEATURE_KEYS } from '../content/types'
import type { Lang } from '../i18n/langs'

type Text = Record<Lang, string>

/**
 * One documented field: its JSON path (`[]` for an array's items), the CSV columns that carry it (none for an
 * attestation's key: in CSV the key is part of the column name), its type and what it means. /apne-data shows
 * these tables; a unit test checks that they name every JSON field and CSV column there is, and no other.
 */
export type FieldDoc = { json: string; csv: readonly string[]; type: Text; meaning: Text }

const TYPE = {
  id: { nb: 'identifikator (tall eller tekst)', nn: 'identifikator (tal eller tekst)', en: 'identifier (number or string)' },
  text: { nb: 'tekst', nn: 'tekst', en: 'string' },
  textOrNull: { nb: 'tekst eller null', nn: 'tekst eller null', en: 'string or null' },
  code: { nb: 'kode (tekst)', nn: 'kode (tekst)', en: 'code (string)' },
  codes: { nb: 'liste med koder', nn: 'liste med kodar', en: 'list of codes' },
  url: { nb: 'nettadresse', nn: 'nettadresse', en: 'URL' },
  urlOrNull: { nb: 'nettadresse eller null', nn: 'nettadresse eller null', en: 'URL or null' },
  boolean: { nb: 'sann/usann (true/false)', nn: 'sann/usann (true/false)', en: 'boolean (true/false)' },
  time: { nb: 'tidspunkt (ISO 8601, UTC) eller null', nn: 'tidspunkt (ISO 8601, UTC) eller null', en: 'date-time (ISO 8601, UTC) or null' },
  day: { nb: 'dato (ÅÅÅÅ-MM-DD)', nn: 'dato (ÅÅÅÅ-MM-DD)', en: 'date (YYYY-MM-DD)' },
  dayOrNull: { nb: 'dato (ÅÅÅÅ-MM-DD) eller null', nn: 'dato (ÅÅÅÅ-MM-DD) eller null', en: 'date (YYYY-MM-DD) or null' },
} satisfies Record<string, Text>

const FEATURE_MEANING: Record<(typeof FEATURE_KEYS)[number], Text> = {
  browserBased: {
    nb: 'Løsningen kjører i nettleseren (filteret nettleser=1).',
    nn: 'Løysinga køyrer i nettlesaren (filteret nettleser=1).',
    en: 'The solution runs in the browser (filter nettleser=1).',
  },
  helsenorgeIntegration: {
    nb: 'Løsningen er integrert med Helsenorge (filteret helsenorge=1).',
    nn: 'Løysinga er integrert med Helsenorge (filteret helsenorge=1).',
    en: 'The solution is integrated with Helsenorge (filter helsenorge=1).',
  },
  connectedToHelsenett: {
    nb: 'Løsningen er tilknyttet Helsenettet (filteret helsenett=1).',
    nn: 'Løysinga er knytt til Helsenettet (filteret helsenett=1).',
    en: 'The solution is connected to the Norwegian Health Network (filter helsenett=1).',
  },
}

const GROUP_FIELDS = (subject: Text): FieldDoc[] => [
  {
    json: 'professionGroups[].slug',
    csv: ['professionGroups'],
    type: TYPE.text,
    meaning: {
      nb: `Faggruppene ${subject.nb} står under, med kortnavnet som filteret gruppe bruker (for eksempel leger).`,
      nn: `Faggruppene ${subject.nn} står under, med kortnamnet som filteret gruppe bruker (til dømes leger).`,
      en: `The profession groups ${subject.en} is listed under, by the short name the gruppe filter uses (for example leger).`,
    },
  },
  {
    json: 'professionGroups[].name',
    csv: ['professionGroupNames'],
    type: TYPE.text,
    meaning: { nb: 'Faggruppens navn på bokmål.', nn: 'Namnet på faggruppa på bokmål.', en: 'The group’s name in Norwegian Bokmål.' },
  },
]

export const VENDOR_FIELDS: readonly FieldDoc[] = [
  {
    json: 'id',
    csv: ['id'],
    type: TYPE.id,
    meaning: {
      nb: 'Oppføringens faste identifikator. Endres ikke når navnet endres.',
      nn: 'Den faste identifikatoren til oppføringa. Blir ikkje endra når namnet blir endra.',
      en: 'The entry’s permanent identifier. It does not change when the name does.',
    },
  },
  { json: 'name', csv: ['name'], type: TYPE.text, meaning: { nb: 'Navnet på videoløsningen.', nn: 'Namnet på videoløysinga.', en: 'The name of the video solution.' } },
  {
    json: 'slug',
    csv: ['slug'],
    type: TYPE.text,
    meaning: {
      nb: 'Løsningens del av nettadressen (/leverandorer/<slug>).',
      nn: 'Delen av nettadressa som høyrer til løysinga (/leverandorer/<slug>).',
      en: 'The solution’s part of the address (/leverandorer/<slug>).',
    },
  },
  { json: 'url', csv: ['url'], type: TYPE.url, meaning: { nb: 'Løsningens side i veilederen.', nn: 'Sida til løysinga i rettleiaren.', en: 'The solution’s page in the guide.' } },
  {
    json: 'shortDescription',
    csv: ['shortDescription'],
    type: TYPE.textOrNull,
    meaning: {
      nb: 'Kort beskrivelse på bokmål, slik kortet i oversikten viser den.',
      nn: 'Kort omtale på bokmål, slik kortet i oversikta viser han.',
      en: 'Short description in Norwegian Bokmål, as the directory’s card shows it.',
    },
  },
  {
    json: 'company',
    csv: ['company'],
    type: TYPE.textOrNull,
    meaning: {
      nb: 'Navnet på leverandøren (organisasjonen som eier oppføringen).',
      nn: 'Namnet på leverandøren (organisasjonen som eig oppføringa).',
      en: 'The name of the vendor (the organisation that owns the entry).',
    },
  },
  {
    json: 'organisationNumber',
    csv: ['organisationNumber'],
    type: TYPE.textOrNull,
    meaning: {
      nb: 'Leverandørens organisasjonsnummer i Enhetsregisteret (ni siffer).',
      nn: 'Organisasjonsnummeret til leverandøren i Einingsregisteret (ni siffer).',
      en: 'The vendor’s organisation number in the Central Coordinating Register for Legal Entities (nine digits).',
    },
  },
  {
    json: 'solutionType',
    csv: ['solutionType'],
    type: TYPE.code,
    meaning: {
      nb: 'epj-integrated (EPJ-løsning med integrert video) eller standalone (frittstående videoløsning); filteret type.',
      nn: 'epj-integrated (EPJ-løysing med integrert video) eller standalone (frittståande videoløysing); filteret type.',
      en: 'epj-integrated (patient record system with integrated video) or standalone (standalone video solution); the type filter.',
    },
  },
  ...GROUP_FIELDS({ nb: 'løsningen', nn: 'løysinga', en: 'the solution' }),
  ...FEATURE_KEYS.map((key) => ({ json: `features.${key}`, csv: [`features.${key}`], type: TYPE.boolean, meaning: FEATURE_MEANING[key] })),
  {
    json: 'attestations[].key',
    csv: [],
    type: TYPE.code,
    meaning: {
      nb: 'Hva leverandøren har svart på: endToEndEncryption (ende-til-ende-kryptering), participantsIdentified (deltakerne identifiseres sikkert), allParticipantsVisible (alle deltakere er synlige), dataProcessorAgreement (tilbyr databehandleravtale), followsNormen (følger Normen). I CSV står nøkkelen i kolonnenavnet.',
      nn: 'Kva leverandøren har svart på: endToEndEncryption (ende-til-ende-kryptering), participantsIdentified (deltakarane blir identifiserte sikkert), allParticipantsVisible (alle deltakarar er synlege), dataProcessorAgreement (tilbyr databehandlaravtale), followsNormen (følgjer Normen). I CSV står nøkkelen i kolonnenamnet.',
      en: 'What the vendor answered: endToEndEncryption, participantsIdentified, allParticipantsVisible, dataProcessorAgreement (offers a data processor agreement), followsNormen (follows Normen, the Norwegian code of conduct for information security in the health sector). In CSV the key is part of the column name.',
    },
  },
  {
    json: 'attestations[].status',
    csv: ATTESTATION_KEYS.map((key) => `attestations.${key}.status`),
    type: TYPE.code,
    meaning: {
      nb: 'yes (ja), no (nei) eller unknown (ikke bekreftet).',
      nn: 'yes (ja), no (nei) eller unknown (ikkje stadfesta).',
      en: 'yes, no or unknown (not confirmed).',
    },
  },
  {
    json: 'attestations[].confirmedAt',
    csv: ATTESTATION_KEYS.map((key) => `attestations.${key}.confirmedAt`),
    type: TYPE.time,
    meaning: {
      nb: 'Når leverandøren sist bekreftet svaret; null når det aldri er bekreftet.',
      nn: 'Når leverandøren sist stadfesta svaret; null når det aldri er stadfesta.',
      en: 'When the vendor last confirmed the answer; null when never.',
    },
  },
  {
    json: 'confirmedAt',
    csv: ['confirmedAt'],
    type: TYPE.time,
    meaning: {
      nb: 'Når opplysningene sist ble bekreftet samlet (den eldste datoen blant svarene ja og nei); null når ingen er bekreftet.',
      nn: 'Når opplysningane sist vart stadfesta samla (den eldste datoen blant svara ja og nei); null når ingen er stadfesta.',
      en: 'When the information was last confirmed as a whole (the oldest date among the yes and no answers); null when none is.',
    },
  },
  {
    json: 'confirmationDueAt',
    csv: ['confirmationDueAt'],
    type: TYPE.time,
    meaning: {
      nb: 'Når leverandøren må bekrefte opplysningene på nytt (perioden settes av direktoratet, normalt 12 måneder); null når ingen er bekreftet.',
      nn: 'Når leverandøren må stadfeste opplysningane på nytt (perioden blir sett av direktoratet, vanlegvis 12 månader); null når ingen er stadfesta.',
      en: 'When the vendor must confirm the information again (the directorate sets the period, normally 12 months); null when none is confirmed.',
    },
  },
  {
    json: 'confirmationOverdue',
    csv: ['confirmationOverdue'],
    type: TYPE.boolean,
    meaning: {
      nb: 'true når fristen for ny bekreftelse er passert. Oppføringen står fortsatt i oversikten, merket «Ikke bekreftet siden …».',
      nn: 'true når fristen for ny stadfesting er passert. Oppføringa står framleis i oversikta, merkt «Ikkje stadfesta sidan …».',
      en: 'true when the deadline for confirming again has passed. The entry stays in the directory, marked “Not confirmed since …”.',
    },
  },
  {
    json: 'lastMajorChangeAt',
    csv: ['lastMajorChangeAt'],
    type: TYPE.time,
    meaning: {
      nb: 'Når oppføringen sist ble publisert med en endring leserne ble varslet om (små endringer teller ikke); null før den første.',
      nn: 'Når oppføringa sist vart publisert med ei endring lesarane vart varsla om (små endringar tel ikkje); null før den første.',
      en: 'When the entry was last published with a change readers were told of (minor changes do not count); null before the first.',
    },
  },
]

export const TARIFF_FIELDS: readonly FieldDoc[] = [
  {
    json: 'id',
    csv: ['id'],
    type: TYPE.id,
    meaning: { nb: 'Takstens faste identifikator.', nn: 'Den faste identifikatoren til taksten.', en: 'The tariff’s permanent identifier.' },
  },
  {
    json: 'code',
    csv: ['code'],
    type: TYPE.text,
    meaning: { nb: 'Takstkoden (for eksempel 2ae).', nn: 'Takstkoden (til dømes 2ae).', en: 'The tariff code (for example 2ae).' },
  },
  { json: 'title', csv: ['title'], type: TYPE.text, meaning: { nb: 'Takstens navn.', nn: 'Namnet på taksten.', en: 'The tariff’s name.' } },
  {
    json: 'description',
    csv: ['description'],
    type: TYPE.textOrNull,
    meaning: { nb: 'Hva taksten gjelder, og historikken dens.', nn: 'Kva taksten gjeld, og historikken hennar.', en: 'What the tariff covers, and its history.' },
  },
  {
    json: 'url',
    csv: ['url'],
    type: TYPE.url,
    meaning: { nb: 'Takstens rad på siden Takster.', nn: 'Rada til taksten på sida Takstar.', en: 'The tariff’s row on the Tariffs page.' },
  },
  ...GROUP_FIELDS({ nb: 'taksten', nn: 'taksten', en: 'the tariff' }),
  {
    json: 'professions[]',
    csv: ['professions'],
    type: TYPE.codes,
    meaning: {
      nb: 'Yrkene taksten gjelder: lege, psykolog, fysioterapeut, manuellterapeut, logoped, audiopedagog, kiropraktor, jordmor.',
      nn: 'Yrka taksten gjeld: lege, psykolog, fysioterapeut, manuellterapeut, logoped, audiopedagog, kiropraktor, jordmor.',
      en: 'The professions the tariff is for: lege (doctor), psykolog, fysioterapeut, manuellterapeut, logoped, audiopedagog, kiropraktor, jordmor (midwife).',
    },
  },
  {
    json: 'effectiveFrom',
    csv: ['effectiveFrom'],
    type: TYPE.day,
    meaning: { nb: 'Første dag taksten gjelder (norsk tid).', nn: 'Første dagen taksten gjeld (norsk tid).', en: 'The first day the tariff applies (Norwegian time).' },
  },
  {
    json: 'effectiveTo',
    csv: ['effectiveTo'],
    type: TYPE.dayOrNull,
    meaning: {
      nb: 'Siste dag taksten gjelder (norsk tid); null når den gjelder til videre.',
      nn: 'Siste dagen taksten gjeld (norsk tid); null når han gjeld inntil vidare.',
      en: 'The last day the tariff applies (Norwegian time); null when it applies until further notice.',
    },
  },
  {
    json: 'status',
    csv: ['status'],
    type: TYPE.code,
    meaning: {
      nb: 'current (gjelder), upcoming (kommer) eller expired (utløpt) den dagen svaret ble laget (norsk tid), som på siden Takster.',
      nn: 'current (gjeld), upcoming (kjem) eller expired (gått ut) den dagen svaret vart laga (norsk tid), som på sida Takstar.',
      en: 'current, upcoming or expired on the day the answer was made (Norwegian time), as on the Tariffs page.',
    },
  },
  {
    json: 'sourceUrl',
    csv: ['sourceUrl'],
    type: TYPE.urlOrNull,
    meaning: { nb: 'Kilden hos Helfo; null uten kilde.', nn: 'Kjelda hos Helfo; null utan kjelde.', en: 'The source at Helfo; null when there is none.' },
  },
]
