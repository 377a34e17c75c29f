import type { Field } from 'payload'

import { labelText } from '../fields/labels'
import { richTextPlain } from '../fields/richText'

/** A hit of the flagged-words check (错敏词): which word, in which field, and what to write instead. */
export type FlaggedHit = { word: string; field: string; hint?: string }
export type FlaggedWord = { word: string; hint?: string | null }

type Labelled = { path: string; label: string; text: string }

/** Every piece of text in a document, with the admin label of the field it sits in. */
export function textsOf(
  fields: Field[],
  data: Record<string, unknown> | undefined,
  prefix = '',
  labelPrefix = '',
): Labelled[] {
  const texts: Labelled[] = []
  if (!data) return texts
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        texts.push(
          ...textsOf(
            tab.fields,
            named ? (data[tab.name as string] as Record<string, unknown>) : data,
            named ? `${prefix}${tab.name}.` : prefix,
            labelPrefix,
          ),
        )
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      texts.push(...textsOf(field.fields, data, prefix, labelPrefix))
      continue
    }
    if (!('name' in field) || !field.name) continue
    // Private fields are never published, so they are not the flagged-words check's business.
    if (field.name === 'contact' || field.name === 'consent' || field.name === 'reviewHistory') continue
    const value = data[field.name]
    const label = `${labelPrefix}${labelText('label' in field ? field.label : undefined, field.name)}`
    const path = `${prefix}${field.name}`
    if ((field.type === 'text' || field.type === 'textarea') && typeof value === 'string') {
      texts.push({ path, label, text: value })
    } else if (field.type === 'richText') {
      texts.push({ path, label, text: richTextPlain(value) })
    } else if (field.type === 'group') {
      texts.push(...textsOf(field.fields, value as Record<string, unknown>, `${path}.`, `${label}·`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) =>
        texts.push(
          ...textsOf(field.fields, row as Record<string, unknown>, `${path}.${i}.`, `${label}第${i + 1}项·`),
        ),
      )
    }
  }
  return texts
}

export function findFlaggedWords(
  fields: Field[],
  data: Record<string, unknown>,
  words: FlaggedWord[],
): FlaggedHit[] {
  const hits: FlaggedHit[] = []
  for (const { label, text } of textsOf(fields, data)) {
    for (const { word, hint } of words) {
      if (word && text.includes(word)) hits.push({ word, field: label, hint: hint ?? undefined })
    }
  }
  return hits
}

export const describeHit = ({ word, field, hint }: FlaggedHit) =>
  `“${field}”中有敏感或易错词“${word}”${hint ? `，建议改为“${hint}”` : ''}`
