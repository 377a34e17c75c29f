import { type Field, type FieldHook, type RelationshipField, ValidationError } from 'payload'

import {
  hasRole,
  isTownshipEditor,
  staffUser,
  townshipsOf,
  villagesOf,
  worksInVillage,
} from '../access/roles'

import { label } from './labels'
import { idOf } from '../ids'

/**
 * Take the township from the chosen village, else the user's only township, else the only
 * township there is, so editors of one township never have to pick it.
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
  const own = townshipsOf(staffUser(req))
  if (own.length === 1) return own[0]
  const { docs, totalDocs } = await req.payload.find({
    collection: 'townships',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return totalDocs === 1 ? docs[0].id : value
}

/**
 * A document never changes township as a side effect of a save (choosing another township's
 * village, or a township id in the request): Payload's multi-tenant plugin is known for editors
 * moving entries by accident.
 */
const stayInTownship: FieldHook = ({ value, originalDoc, req, collection, operation }) => {
  const before = idOf(originalDoc?.township)
  if (operation !== 'update' || before === undefined || before === null) return value
  if (String(before) !== String(idOf(value)))
    throw new ValidationError(
      {
        collection: collection?.slug,
        errors: [{ path: 'township', message: '内容不能移到其他镇：所属村只能在本镇的村里选。' }],
      },
      req.t,
    )
  return value
}

/**
 * A village officer writes only in their own villages, and never moves a document to another
 * village or to the township: say so plainly instead of dropping the change.
 */
const keepInOwnVillages: FieldHook = ({ value, originalDoc, req, collection, operation }) => {
  const user = staffUser(req)
  if (!user || isTownshipEditor(user) || !hasRole(user, 'village-officer')) return value
  const fail = (message: string) => {
    throw new ValidationError({ collection: collection?.slug, errors: [{ path: 'village', message }] }, req.t)
  }
  if (!value) fail('村信息员只能发布本村内容，请选择所属村。')
  if (!worksInVillage(user, value)) fail('您只能在自己负责的村发布内容。')
  if (
    operation === 'update' &&
    originalDoc?.village &&
    String(idOf(originalDoc.village)) !== String(idOf(value))
  ) {
    fail('内容不能移到其他村；如确需调整，请联系镇宣传干事。')
  }
  return value
}

/** The township a village, or a document, belongs to. */
export const townshipField = (extra: Partial<RelationshipField> = {}) =>
  ({
    name: 'township',
    type: 'relationship',
    relationTo: 'townships',
    required: true,
    index: true,
    label: label('所属镇', 'Township'),
    ...extra,
  }) as RelationshipField

/** Where a document belongs: a village, or the whole township when no village is chosen. */
export const scopeFields = ({ villageRequired = false } = {}): Field[] => [
  {
    name: 'village',
    type: 'relationship',
    relationTo: 'villages',
    required: villageRequired,
    index: true,
    label: label('所属村', 'Village'),
    // A village officer of one village starts with it filled in.
    defaultValue: ({ user }: { user?: unknown }) => {
      const villages = villagesOf(user as never)
      return hasRole(user as never, 'village-officer') && villages.length === 1 ? villages[0] : undefined
    },
    // A village officer is offered only their own villages.
    filterOptions: ({ user }) =>
      hasRole(user as never, 'village-officer') && !isTownshipEditor(user as never)
        ? { id: { in: villagesOf(user as never) } }
        : true,
    hooks: { beforeValidate: [keepInOwnVillages] },
    admin: {
      position: 'sidebar',
      description: villageRequired
        ? undefined
        : label('不选则为全镇内容。', 'Leave empty for township-wide content.'),
    },
  },
  townshipField({
    admin: {
      position: 'sidebar',
      description: label('选了村则自动取该村所属的镇。', 'Taken from the village when one is chosen.'),
    },
    hooks: { beforeValidate: [fillTownship, stayInTownship] },
  }),
]
