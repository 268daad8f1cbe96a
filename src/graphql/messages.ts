import type { Message } from '../validation/messages'

/** Why a GraphQL query was refused, in both admin languages, with what to change. */
export const graphqlMessages = {
  relationsTooDeep: (max: number): Message => ({
    nb: `Spørringen følger relasjoner for dypt: høyst ${max} nivåer med relasjoner (relasjons-, opplastings- eller join-felt inni hverandre) er tillatt. Hent de dypere dokumentene i en egen spørring.`,
    en: `The query follows relationships too deep: at most ${max} levels of relationships (relationship, upload or join fields inside each other) are allowed. Fetch the deeper documents in a separate query.`,
  }),
  fieldsTooDeep: (max: number): Message => ({
    nb: `Spørringen er nestet for dypt: høyst ${max} nivåer med felt inni hverandre er tillatt. Gjør spørringen grunnere.`,
    en: `The query is nested too deep: at most ${max} levels of fields inside each other are allowed. Make the query shallower.`,
  }),
  tooLarge: (estimate: number, max: number): Message => ({
    nb: `Spørringen kan gi et for stort svar: anslagsvis ${estimate.toLocaleString('nb-NO')} verdier, høyst ${max.toLocaleString('nb-NO')} er tillatt. Be om færre felt, færre dokumenter (limit) eller færre alias, og hent resten side for side (page).`,
    en: `The query could give too large an answer: about ${estimate.toLocaleString('en-GB')} values, at most ${max.toLocaleString('en-GB')} are allowed. Ask for fewer fields, fewer documents (limit) or fewer aliases, and fetch the rest page by page (page).`,
  }),
  textTooNested: (max: number): Message => ({
    nb: `Spørringen er nestet for dypt: høyst ${max} nivåer med klammer ({ }, [ ], ( )) inni hverandre er tillatt. Gjør spørringen eller argumentene (for eksempel where) grunnere.`,
    en: `The query is nested too deep: at most ${max} levels of brackets ({ }, [ ], ( )) inside each other are allowed. Make the query or its arguments (where, for example) shallower.`,
  }),
  textTooLong: (max: number): Message => ({
    nb: `Spørringen er for lang: høyst ${max.toLocaleString('nb-NO')} tegn er tillatt. Del den opp i flere spørringer.`,
    en: `The query is too long: at most ${max.toLocaleString('en-GB')} characters are allowed. Split it into several queries.`,
  }),
  tooManyFragments: (max: number): Message => ({
    nb: `Spørringen har for mange fragmenter: høyst ${max} er tillatt.`,
    en: `The query has too many fragments: at most ${max} are allowed.`,
  }),
  fragmentCycle: (name: string): Message => ({
    nb: `Fragmentet «${name}» sprer seg selv, direkte eller gjennom andre fragmenter (en syklus), så svaret ville aldri ta slutt. Fjern syklusen.`,
    en: `The fragment "${name}" spreads itself, directly or through other fragments (a cycle), so the answer would never end. Remove the cycle.`,
  }),
}
