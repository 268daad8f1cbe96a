/** What a document id sent by a client may look like: a number or an ObjectId-like word, at most 64 characters. */
export const isDocIdShape = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value)
