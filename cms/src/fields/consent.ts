import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { fieldLabel } from './labels'

/**
 * A row of `array` may make its `value` public (its `flag` ticked) only with the day of consent in
 * `date`. Checked on every save, drafts included: Payload does not validate drafts, and a draft
 * that passed 提交审核 would otherwise meet the rule only at 终审.
 */
export const consentOnRecord =
  (rule: {
    array: string
    flag: string
    value: string
    date: string
    message: string
  }): CollectionBeforeValidateHook =>
  ({ data, req, collection }) => {
    const rows = data?.[rule.array]
    if (!Array.isArray(rows)) return data
    // At the field that is missing (the value, else its day), named by its Chinese label: the admin
    // marks that field and lists it by name.
    const errors = rows.flatMap((row: Record<string, unknown> | null, i) => {
      if (!row?.[rule.flag] || (row[rule.value] && row[rule.date])) return []
      const path = `${rule.array}.${i}.${row[rule.value] ? rule.date : rule.value}`
      return [{ path, label: fieldLabel(collection.fields, path.split('.')), message: rule.message }]
    })
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
    return data
  }
