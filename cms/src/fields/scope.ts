import type { Field, FieldHook } from 'payload'

import { label } from './labels'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : value

/**
 * Take the township from the chosen village, or from the only township when there is one,
 * so editors in a single-township deployment never have to pick it.
 */
const fillTownship: FieldHook = async ({ value, data, originalDoc, req }) => {
  // A village's content always belongs to that village's township.
  const village = idOf(data?.village ?? originalDoc?.village)
  if (village) {
    const doc = await req.payload.findByID({
      collection: 'villages',
      id: village as string | number,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return idOf(doc.township)
  }
  if (value) return value
  const { docs, totalDocs } = await req.payload.find({
    collection: 'townships',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return totalDocs === 1 ? docs[0].id : value
}

/** Where a document belongs: a village, or the whole township when no village is chosen. */
export const scopeFields = ({ villageRequired = false } = {}): Field[] => [
  {
    name: 'village',
    type: 'relationship',
    relationTo: 'villages',
    required: villageRequired,
    index: true,
    label: label('所属村', 'Village'),
    admin: {
      position: 'sidebar',
      description: villageRequired
        ? undefined
        : label('不选则为全镇内容。', 'Leave empty for township-wide content.'),
    },
  },
  {
    name: 'township',
    type: 'relationship',
    relationTo: 'townships',
    required: true,
    index: true,
    label: label('所属镇', 'Township'),
    admin: {
      position: 'sidebar',
      description: label('选了村则自动取该村所属的镇。', 'Taken from the village when one is chosen.'),
    },
    hooks: { beforeValidate: [fillTownship] },
  },
]
