/**
 * Checks on every request, before any hook does work: an id of the wrong shape is simply not
 * found (404), paging that makes no sense is a 400, and no text is longer than its field allows
 * (a 1 MB title would otherwise cost seconds of slug-making before validation refused it).
 */
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  NotFound,
  ValidationError,
} from 'payload'

import { richTextPlain } from './richText'
import { parseId } from '../ids'
import { labelText } from './labels'

/** Text lengths when a field names none: a title or name, a paragraph, a whole story. */
const DEFAULT_MAX = { text: 200, textarea: 5000, richText: 50_000 } as const

type Problem = { path: string; message: string }

function tooLong(fields: Field[], data: unknown, prefix = ''): Problem[] {
  if (!data || typeof data !== 'object') return []
  const values = data as Record<string, unknown>
  return fields.flatMap((field): Problem[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? tooLong(tab.fields, values[tab.name], `${prefix}${tab.name}.`)
          : tooLong(tab.fields, data, prefix),
      )
    if (field.type === 'row' || field.type === 'collapsible') return tooLong(field.fields, data, prefix)
    if (!('name' in field) || !field.name) return []
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    const label = labelText('label' in field ? field.label : undefined, field.name)
    if (field.type === 'group') return tooLong(field.fields, value, `${path}.`)
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, i) => tooLong(field.fields, row, `${path}.${i}.`))
    const max =
      field.type === 'text' || field.type === 'textarea'
        ? (field.maxLength ?? DEFAULT_MAX[field.type])
        : field.type === 'richText'
          ? DEFAULT_MAX.richText
          : undefined
    if (max === undefined || value === undefined || value === null) return []
    // Rich text counts its words, not its structure (the request guard bounds the structure's size).
    const length = typeof value === 'string' ? value.length : richTextPlain(value).length
    return length > max ? [{ path, message: `“${label}”太长了：最多${max}字。` }] : []
  })
}

export const checkRequest: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id !== undefined && id !== null && parseId(req.payload, id) === undefined) throw new NotFound(req.t)
  if (operation === 'read') {
    const { limit, page } = args as { limit?: unknown; page?: unknown }
    if (limit !== undefined && !(Number.isInteger(Number(limit)) && Number(limit) >= 0))
      throw new APIError('每页条数（limit）应为不小于0的整数。', 400, undefined, true)
    if (page !== undefined && !(Number.isInteger(Number(page)) && Number(page) >= 1))
      throw new APIError('页码（page）应为从1开始的整数。', 400, undefined, true)
  }
  if (operation === 'create' || operation === 'update') {
    const problems = tooLong(collection.fields, (args as { data?: unknown }).data)
    if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  }
  return args
}

/** A collection with these checks in front of its own hooks. */
export const withRequestChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [checkRequest, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
