/** Where imported content belongs: the villages an officer may write into, and the 所属村 column. */
import type { Payload } from 'payload'

import { isTownshipEditor, type StaffUser, villagesOf, worksInTownship } from '../access/roles'
import { findEvery } from '../find'
import type { Id } from '../ids'
import { nameText } from './cells'
import { idKey } from './importer'
import type { Column, Read } from './sheet'

type Village = { id: Id; name: string; township?: unknown }

/** What a sheet with a 所属村 column is read against. */
export type VillageScope = {
  /**
   * The villages the officer may import into: those of their townships for township editors,
   * their own for a village officer.
   */
  villages: Village[]
  /** Every village the user can see, to tell "not yours" from "no such village". */
  allVillages: Village[]
  /** Township editors may leave the village empty for township-wide content. */
  townshipWide: boolean
}

export async function villageScope(payload: Payload, user: StaffUser): Promise<VillageScope> {
  const all = (await findEvery<Village>(payload, 'villages', { user, sort: 'name' })).map(
    ({ id, name, township }) => ({ id, name, township }),
  )
  const mine = new Set(villagesOf(user).map(String))
  const townshipWide = isTownshipEditor(user)
  return {
    villages: townshipWide
      ? all.filter((v) => worksInTownship(user, v.township))
      : all.filter((v) => mine.has(String(v.id))),
    allVillages: all,
    townshipWide,
  }
}

/** The 所属村 column: a village the officer works in, or empty for the township (township editors only). */
export function villageColumn<Row extends { village: Id | null }, Doc extends { village?: unknown }>(
  what: string,
): Column<Row, Doc, VillageScope> {
  return {
    key: 'village',
    header: '所属村',
    note: `从下拉列表选择；全镇的${what}不填`,
    list: (c) => c.villages.map((v) => v.name),
    read: (cell, c): Read<Row[keyof Row]> => {
      const name = nameText(cell)
      if (!name) {
        return c.townshipWide
          ? { value: null as never }
          : { error: `请填写所属村（村信息员只能导入本村的${what}）。` }
      }
      const own = c.villages.find((v) => v.name === name)
      if (own) return { value: own.id as never }
      return c.allVillages.some((v) => v.name === name)
        ? { error: `“${name}”不是您负责的村，不能导入。` }
        : { error: `没有叫“${name}”的村；可选：${c.villages.map((v) => v.name).join('、')}。` }
    },
    write: (doc, c) => c.allVillages.find((v) => idKey(v.id) === idKey(doc.village))?.name,
  }
}
