import type { Message } from '../messages'

/** Removes the spaces people type in organisation numbers ("974 760 673"), so one form is stored. */
export function normaliseOrganisationNumber(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s/g, '') : value
}

/** Norwegian organisation number: nine digits whose last is the modulus-11 check digit of the first eight. */
export function checkOrganisationNumber(value: unknown): Message | null {
  if (value === null || value === undefined || value === '') return null
  const digits = String(value).replace(/\s/g, '')
  if (!/^\d{9}$/.test(digits)) {
    return { nb: 'Organisasjonsnummeret må ha ni siffer.', en: 'The organisation number must have nine digits.' }
  }
  const weights = [3, 2, 7, 6, 5, 4, 3, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0)
  const remainder = sum % 11
  const check = remainder === 0 ? 0 : 11 - remainder
  if (check === 10 || check !== Number(digits[8])) {
    return {
      nb: 'Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk det i Enhetsregisteret.',
      en: 'The organisation number is not valid (the check digit does not match). Check it in the Central Coordinating Register.',
    }
  }
  return null
}
