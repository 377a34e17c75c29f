export type Id = string | number

/**
 * The id of a relationship value, whether Payload returned it populated ({ id, … }) or not.
 * Ids are numbers on SQLite and strings on MongoDB; nothing else may assume either.
 */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: Id }).id
    : ((value as Id | null | undefined) ?? undefined)

/** What an id looks like on each adapter: a row number on SQLite, an ObjectId (or a slug-like key) on MongoDB. */
const ID_SHAPES = { number: /^\d{1,15}$/, text: /^[0-9a-f]{24}$|^[\w-]{1,64}$/i }

/**
 * An id as it came in an address or a request, typed for the database in use; undefined when no
 * document can have it (`-1`, `1 or 1=1`, a NUL, `../`), so callers answer 404 before any query.
 */
export function parseId(payload: { db: { defaultIDType: unknown } }, raw: unknown): Id | undefined {
  const text = String(raw)
  if (payload.db.defaultIDType === 'number') return ID_SHAPES.number.test(text) ? Number(text) : undefined
  return ID_SHAPES.text.test(text) ? text : undefined
}
