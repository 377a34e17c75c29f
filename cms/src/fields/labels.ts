import type { Vocabulary } from '@xiangfeng/content-schema'
import type { Field } from 'payload'

/** Admin labels: Chinese first (the editors' language), English for the alternate admin language. */
export const label = (zh: string, en: string) => ({ zh, en })

/** Select options from a content-schema vocabulary; the stored value is the stable slug. */
export const optionsFrom = (vocab: Vocabulary) => vocab.map(({ value, label: zh }) => ({ value, label: zh }))

/** The Chinese text of an admin label, or the field's name when it has none. */
export function labelText(label: unknown, name: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label) return String((label as { zh: string }).zh)
  return name
}

/**
 * The Chinese label of the field at `path` (names and array indexes, as in a validation error),
 * e.g. 政策文件·原文链接 or 所获荣誉第2项·授予日期; the path itself where no field matches.
 */
export function fieldLabel(fields: Field[], path: (string | number)[]): string {
  const parts: string[] = []
  let current: Field[] | undefined = fields
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
      if (parts.length) parts[parts.length - 1] += `第${Number(segment) + 1}项`
      continue
    }
    const field: Field | undefined = current && findField(current, String(segment))
    if (!field) return parts.length ? parts.join('·') : path.join('.')
    parts.push(labelText('label' in field ? field.label : undefined, String(segment)))
    current = 'fields' in field ? field.fields : undefined
  }
  return parts.join('·')
}

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = 'name' in tab && tab.name ? undefined : findField(tab.fields, name)
        if (found) return found
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      const found = findField(field.fields, name)
      if (found) return found
    }
  }
  return undefined
}
