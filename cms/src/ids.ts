export type Id = string | number

/**
 * The id of a relationship value, whether Payload returned it populated ({ id, … }) or not.
 * Ids are numbers on SQLite and strings on MongoDB; nothing else may assume either.
 */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: Id }).id
    : ((value as Id | null | undefined) ?? undefined)
