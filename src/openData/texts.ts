import type { Lang } from '../i18n/langs'

type Row = { parameter: string; values: string; meaning: string }

export type OpenDataTexts = {
  title: string
  description: string
  /** The link the directory and the tariffs page carry to this page. */
  pageLink: string
  licence: { heading: string; paragraphs: string[]; link: string }
  addresses: { heading: string; intro: string; caption: string; address: string; content: string; rows: Record<'vendorsJson' | 'vendorsCsv' | 'tariffsJson' | 'tariffsCsv', string> }
  contents: { heading: string; paragraphs: string[] }
  filters: { heading: string; intro: string; caption: string; parameter: string; values: string; meaning: string; rows: Row[]; after: string[] }
  formats: { heading: string; json: string; csv: string[] }
  fields: { vendors: string; tariffs: string; json: string; csv: string; type: string; meaning: string; inColumnName: string }
  changes: { heading: string; paragraphs: string[] }
}

const nb: OpenDataTexts = {
  title: 'Åpne data',
  description:
    'Oversikten over videoløsninger og takstene som åpne data: last dem ned som JSON eller CSV og bruk dem fritt etter Norsk lisens for offentlige data (NLOD).',
  pageLink: 'Åpne data: last ned som JSON eller CSV',
  licence: {
    heading: 'Lisens',
    paragraphs: [
      'Dataene er lisensiert under Norsk lisens for offentlige data (NLOD) 2.0. Du kan kopiere, bruke og dele dem, også kommersielt, når du oppgir Helsedirektoratet som kilde.',
      'Hvert svar sier det også selv: i feltet licence (JSON) og i HTTP-hodet Link med rel="license".',
    ],
    link: 'Norsk lisens for offentlige data (NLOD) 2.0',
  },
  addresses: {
    heading: 'Adresser',
    intro: 'Dataene er på bokmål. Hver adresse svarer med hele datasettet.',
    caption: 'Datasettene og adressene deres',
    address: 'Adresse',
    content: 'Innhold',
    rows: {
      vendorsJson: 'Godkjente videoløsninger som JSON',
      vendorsCsv: 'Godkjente videoløsninger som CSV',
      tariffsJson: 'Publiserte takster som JSON',
      tariffsCsv: 'Publiserte takster som CSV',
    },
  },
  contents: {
    heading: 'Hva dataene inneholder',
    paragraphs: [
      'Bare det en redaktør i direktoratet har godkjent og publisert, det samme som sidene Leverandører og Takster viser. Utkast, endringer som venter på vurdering og avviste oppføringer er aldri med.',
      'At en løsning står i oversikten, betyr ikke at direktoratet har godkjent eller anbefaler den. Opplysningene om hva løsningen oppfyller, er leverandørens egne.',
    ],
  },
  filters: {
    heading: 'Filtre',
    intro: 'Leverandørdataene tar de samme filtrene som siden Leverandører, i adressen:',
    caption: 'Filtre for leverandørdataene',
    parameter: 'Parameter',
    values: 'Verdier',
    meaning: 'Gir',
    rows: [
      { parameter: 'gruppe', values: 'kortnavnet til en faggruppe, for eksempel leger', meaning: 'løsninger for den faggruppen' },
      { parameter: 'type', values: 'epj-integrated eller standalone', meaning: 'EPJ-løsninger med integrert video eller frittstående videoløsninger' },
      { parameter: 'nettleser', values: '1', meaning: 'løsninger som kjører i nettleseren' },
      { parameter: 'helsenorge', values: '1', meaning: 'løsninger som er integrert med Helsenorge' },
      { parameter: 'helsenett', values: '1', meaning: 'løsninger som er tilknyttet Helsenettet' },
    ],
    after: [
      'Filtrene kan kombineres, for eksempel /leverandorer.json?gruppe=leger&nettleser=1. Et tomt filter (gruppe=) filtrerer ikke.',
      'En ukjent parameter eller verdi gir svaret 400 med en forklaring, ikke en tom eller ufiltrert liste. Takstene har ingen filtre.',
    ],
  },
  formats: {
    heading: 'Formater',
    json: 'JSON (UTF-8) er ett objekt med licence (navn og adresse), generatedAt (når svaret ble laget), source (siden med de samme dataene), documentation (denne siden), count (antall) og items (ett objekt per oppføring, med feltene nedenfor).',
    csv: [
      'CSV følger RFC 4180: UTF-8 uten BOM, komma mellom feltene, hvert felt i anførselstegn, CRLF etter hver rad og en overskriftsrad med feltnavnene. I Excel: Data → Fra tekst/CSV, og velg UTF-8.',
      'Lister i én celle er skilt med semikolon (;). Sann og usann er true og false, og en tom celle betyr at verdien mangler (null). Tekst som begynner med =, +, - eller @ får en apostrof foran, så regneark ikke leser den som en formel.',
    ],
  },
  fields: {
    vendors: 'Feltene i leverandørdataene',
    tariffs: 'Feltene i takstdataene',
    json: 'Felt (JSON)',
    csv: 'Kolonne (CSV)',
    type: 'Type',
    meaning: 'Betydning',
    inColumnName: 'i kolonnenavnet',
  },
  changes: {
    heading: 'Hvor ofte dataene endres',
    paragraphs: [
      'Dataene følger nettstedet: når en redaktør godkjenner eller endrer en oppføring, er endringen med i svaret innen et sekund. Takstenes status skifter ved midnatt norsk tid.',
      'Svarene kan mellomlagres i inntil ett minutt (Cache-Control). Bruk ETag og If-None-Match for å hente dataene på nytt bare når noe er endret.',
    ],
  },
}

const nn: OpenDataTexts = {
  title: 'Opne data',
  description:
    'Oversikta over videoløysingar og takstane som opne data: last dei ned som JSON eller CSV og bruk dei fritt etter Norsk lisens for offentlege data (NLOD).',
  pageLink: 'Opne data: last ned som JSON eller CSV',
  licence: {
    heading: 'Lisens',
    paragraphs: [
      'Dataa er lisensierte under Norsk lisens for offentlege data (NLOD) 2.0. Du kan kopiere, bruke og dele dei, òg kommersielt, når du oppgir Helsedirektoratet som kjelde.',
      'Kvart svar seier det òg sjølv: i feltet licence (JSON) og i HTTP-hovudet Link med rel="license".',
    ],
    link: 'Norsk lisens for offentlege data (NLOD) 2.0',
  },
  addresses: {
    heading: 'Adresser',
    intro: 'Dataa er på bokmål. Kvar adresse svarar med heile datasettet.',
    caption: 'Datasetta og adressene deira',
    address: 'Adresse',
    content: 'Innhald',
    rows: {
      vendorsJson: 'Godkjende videoløysingar som JSON',
      vendorsCsv: 'Godkjende videoløysingar som CSV',
      tariffsJson: 'Publiserte takstar som JSON',
      tariffsCsv: 'Publiserte takstar som CSV',
    },
  },
  contents: {
    heading: 'Kva dataa inneheld',
    paragraphs: [
      'Berre det ein redaktør i direktoratet har godkjent og publisert, det same som sidene Leverandørar og Takstar viser. Utkast, endringar som ventar på vurdering, og avviste oppføringar er aldri med.',
      'At ei løysing står i oversikta, tyder ikkje at direktoratet har godkjent eller tilrår henne. Opplysningane om kva løysinga oppfyller, er leverandøren sine eigne.',
    ],
  },
  filters: {
    heading: 'Filter',
    intro: 'Leverandørdataa tek dei same filtera som sida Leverandørar, i adressa:',
    caption: 'Filter for leverandørdataa',
    parameter: 'Parameter',
    values: 'Verdiar',
    meaning: 'Gir',
    rows: [
      { parameter: 'gruppe', values: 'kortnamnet til ei faggruppe, til dømes leger', meaning: 'løysingar for den faggruppa' },
      { parameter: 'type', values: 'epj-integrated eller standalone', meaning: 'EPJ-løysingar med integrert video eller frittståande videoløysingar' },
      { parameter: 'nettleser', values: '1', meaning: 'løysingar som køyrer i nettlesaren' },
      { parameter: 'helsenorge', values: '1', meaning: 'løysingar som er integrerte med Helsenorge' },
      { parameter: 'helsenett', values: '1', meaning: 'løysingar som er knytte til Helsenettet' },
    ],
    after: [
      'Filtera kan kombinerast, til dømes /leverandorer.json?gruppe=leger&nettleser=1. Eit tomt filter (gruppe=) filtrerer ikkje.',
      'Ein ukjend parameter eller verdi gir svaret 400 med ei forklaring, ikkje ei tom eller ufiltrert liste. Takstane har ingen filter.',
    ],
  },
  formats: {
    heading: 'Format',
    json: 'JSON (UTF-8) er eitt objekt med licence (namn og adresse), generatedAt (når svaret vart laga), source (sida med dei same dataa), documentation (denne sida), count (talet) og items (eitt objekt per oppføring, med felta nedanfor).',
    csv: [
      'CSV følgjer RFC 4180: UTF-8 utan BOM, komma mellom felta, kvart felt i hermeteikn, CRLF etter kvar rad og ei overskriftsrad med feltnamna. I Excel: Data → Frå tekst/CSV, og vel UTF-8.',
      'Lister i éi celle er skilde med semikolon (;). Sann og usann er true og false, og ei tom celle tyder at verdien manglar (null). Tekst som byrjar med =, +, - eller @ får ein apostrof framfor, så rekneark ikkje les han som ein formel.',
    ],
  },
  fields: {
    vendors: 'Felta i leverandørdataa',
    tariffs: 'Felta i takstdataa',
    json: 'Felt (JSON)',
    csv: 'Kolonne (CSV)',
    type: 'Type',
    meaning: 'Tyding',
    inColumnName: 'i kolonnenamnet',
  },
  changes: {
    heading: 'Kor ofte dataa blir endra',
    paragraphs: [
      'Dataa følgjer nettstaden: når ein redaktør godkjenner eller endrar ei oppføring, er endringa med i svaret innan eitt sekund. Statusen til takstane skiftar ved midnatt norsk tid.',
      'Svara kan bli mellomlagra i inntil eitt minutt (Cache-Control). Bruk ETag og If-None-Match for å hente dataa på nytt berre når noko er endra.',
    ],
  },
}

const en: OpenDataTexts = {
  title: 'Open data',
  description:
    'The directory of video solutions and the tariffs as open data: download them as JSON or CSV and use them freely under the Norwegian Licence for Open Government Data (NLOD).',
  pageLink: 'Open data: download as JSON or CSV',
  licence: {
    heading: 'Licence',
    paragraphs: [
      'The data is licensed under the Norwegian Licence for Open Government Data (NLOD) 2.0. You may copy, use and share it, commercially too, when you name the Norwegian Directorate of Health as the source.',
      'Every answer says so itself: in the licence field (JSON) and in the HTTP Link header with rel="license".',
    ],
    link: 'Norwegian Licence for Open Government Data (NLOD) 2.0 (in Norwegian)',
  },
  addresses: {
    heading: 'Addresses',
    intro: 'The data is in Norwegian Bokmål. Each address answers with the whole dataset.',
    caption: 'The datasets and their addresses',
    address: 'Address',
    content: 'Content',
    rows: {
      vendorsJson: 'Approved video solutions as JSON',
      vendorsCsv: 'Approved video solutions as CSV',
      tariffsJson: 'Published tariffs as JSON',
      tariffsCsv: 'Published tariffs as CSV',
    },
  },
  contents: {
    heading: 'What the data contains',
    paragraphs: [
      'Only what an editor at the directorate has approved and published: the same as the Vendors and Tariffs pages show. Drafts, changes awaiting review and rejected entries are never included.',
      'A solution being listed does not mean that the directorate has approved or recommends it. What a solution is stated to meet is the vendor’s own information.',
    ],
  },
  filters: {
    heading: 'Filters',
    intro: 'The vendor data takes the same filters as the Vendors page, in the address:',
    caption: 'Filters for the vendor data',
    parameter: 'Parameter',
    values: 'Values',
    meaning: 'Gives',
    rows: [
      { parameter: 'gruppe', values: 'a profession group’s short name, for example leger or doctors', meaning: 'solutions for that profession group' },
      { parameter: 'type', values: 'epj-integrated or standalone', meaning: 'patient record systems with integrated video, or standalone video solutions' },
      { parameter: 'nettleser', values: '1', meaning: 'solutions that run in the browser' },
      { parameter: 'helsenorge', values: '1', meaning: 'solutions integrated with Helsenorge' },
      { parameter: 'helsenett', values: '1', meaning: 'solutions connected to the Norwegian Health Network' },
    ],
    after: [
      'Filters combine, for example /leverandorer.json?gruppe=leger&nettleser=1. An empty filter (gruppe=) does not filter.',
      'An unknown parameter or value is answered with 400 and the reason, not with an empty or unfiltered list. The tariffs have no filters.',
    ],
  },
  formats: {
    heading: 'Formats',
    json: 'JSON (UTF-8) is one object with licence (name and address), generatedAt (when the answer was made), source (the page with the same data), documentation (this page), count and items (one object per entry, with the fields below).',
    csv: [
      'CSV follows RFC 4180: UTF-8 without a BOM, commas between fields, every field in double quotes, CRLF after each row and a header row with the field names. In Excel: Data → From Text/CSV, and choose UTF-8.',
      'Lists in one cell are separated by semicolons (;). Booleans are true and false, and an empty cell means the value is missing (null). Text starting with =, +, - or @ gets an apostrophe in front, so that spreadsheets do not read it as a formula.',
    ],
  },
  fields: {
    vendors: 'Fields of the vendor data',
    tariffs: 'Fields of the tariff data',
    json: 'Field (JSON)',
    csv: 'Column (CSV)',
    type: 'Type',
    meaning: 'Meaning',
    inColumnName: 'in the column name',
  },
  changes: {
    heading: 'How often the data changes',
    paragraphs: [
      'The data follows the site: when an editor approves or changes an entry, the change is in the answer within a second. A tariff’s status changes at midnight Norwegian time.',
      'Answers may be cached for up to a minute (Cache-Control). Use ETag and If-None-Match to fetch the data again only when something has changed.',
    ],
  },
}

const TEXTS: Record<Lang, OpenDataTexts> = { nb, nn, en }

export const openDataTexts = (lang: Lang): OpenDataTexts => TEXTS[lang]
