/**
 * graphql-js and Payload refuse a query in English. For a Norwegian request each known refusal is said in
 * bokmål, keeping the names from the query; any other one gets a Norwegian lead and the original detail.
 */
const TRANSLATIONS: [RegExp, (...parts: string[]) => string][] = [
  [/^Syntax Error: (.*)$/s, (detail) => `Syntaksfeil i spørringen: ${detail}`],
  [/^Cannot query field "(.+?)" on type "(.+?)"\.(.*)$/s, (field, type, hint) => `Feltet «${field}» finnes ikke på typen «${type}».${hint ? ` (${hint.trim()})` : ''}`],
  [/^Unknown argument "(.+?)" on field "(.+?)"\.(.*)$/s, (arg, field) => `Argumentet «${arg}» finnes ikke på feltet «${field}».`],
  [/^Unknown type "(.+?)"\.(.*)$/s, (type) => `Typen «${type}» finnes ikke.`],
  [/^Unknown fragment "(.+?)"\.$/, (name) => `Fragmentet «${name}» finnes ikke.`],
  [/^Fragment "(.+?)" is never used\.$/, (name) => `Fragmentet «${name}» brukes ikke: fjern det.`],
  [/^Cannot spread fragment "(.+?)" within itself(.*)$/s, (name) => `Fragmentet «${name}» sprer seg selv (en syklus). Fjern syklusen.`],
  [/^Field "(.+?)" of type "(.+?)" must have a selection of subfields\.(.*)$/s, (field, type) => `Feltet «${field}» (${type}) må ha underfelt: velg hvilke felt du vil ha.`],
  [/^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\.$/, (field, type) => `Feltet «${field}» (${type}) har ingen underfelt: fjern klammene etter det.`],
  [/^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\.$/, (field, arg, type) => `Feltet «${field}» trenger argumentet «${arg}» (${type}).`],
  [/^Variable "(.+?)" of required type "(.+?)" was not provided\.$/, (name, type) => `Variabelen «${name}» (${type}) mangler.`],
  [/^Variable "(.+?)" got invalid value (.*)$/s, (name, detail) => `Variabelen «${name}» har en ugyldig verdi: ${detail}`],
  [/^Int cannot represent non-integer value: (.*)$/s, (value) => `${value} er ikke et heltall.`],
  [/^The query exceeds the maximum complexity of (\d+)\. Actual complexity is (\d+)$/, (max, actual) => `Spørringen er for kompleks (${actual}, høyst ${max} er tillatt). Be om færre felt og relasjoner.`],
  [/^GraphQL introspection is not allowed/, () => 'Spørringer om selve skjemaet (introspeksjon) er slått av i produksjon.'],
  [/^Maximum call stack size exceeded$/, () => 'Spørringen er nestet for dypt til å behandles. Gjør spørringen grunnere.'],
  [/^Must provide query string\.?$|^Missing query$/, () => 'Spørringen mangler: send den i feltet «query».'],
]

/** The message in the request's language: English as graphql said it, otherwise in bokmål. */
export function translateGraphqlError(message: string, language: string): string {
  if (language === 'en') return message
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(message)
    if (match) return say(...match.slice(1))
  }
  return `Spørringen ble avvist: ${message}`
}
