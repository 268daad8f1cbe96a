import type { nb } from './nb'

/** Every language has exactly the keys and functions bokmål has; a missing string is a type error. */
export type Dictionary = typeof nb
