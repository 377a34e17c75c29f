/**
 * The public shapes on their own (collections/*\/public.ts and the content-type table), each
 * mapper given a full stored document, private and unconsented values included: what reaches the
 * contract is only what may be public. Field access hides these values in the API first; these
 * tests hold the mappers to it without that help.
 */
import { contentCollections, schemaOf } from '@xiangfeng/cms/collections'
import { publicGrid } from '@xiangfeng/cms/collections/Grids/public'
import { publicPointsBoard } from '@xiangfeng/cms/collections/PointsBoards/public'
import { PublicLinks, withoutEmpty } from '@xiangfeng/cms/collections/publicShape'
import { publicRoleModel } from '@xiangfeng/cms/collections/RoleModels/public'
import type { Grid, PointsBoard, RoleModel } from '@xiangfeng/cms/payload-types'
import { contentTypeNames, contentTypes, Snapshot } from '@xiangfeng/content-schema'
import { describe, expect, test } from 'vitest'

const links = new PublicLinks(
  {
    townships: [{ id: 1, slug: 'yun-xi-zhen' }],
    villages: [{ id: 7, slug: 'qing-xi-cun' }],
    'role-models': [],
    'selection-batches': [],
    'lecture-series': [],
    'policy-explainers': [],
    'village-rules': [{ id: 3, slug: 'cun-gui-min-yue' }],
    media: [],
    attachments: [],
  },
  new Date('2026-12-03T02:00:00Z'),
)
const stamps = {
  id: 11,
  slug: 'x',
  village: 7,
  township: 1,
  publishedAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
  createdAt: '2026-12-01T02:00:00.000Z',
  _status: 'published' as const,
}

describe('the table of content types', () => {
  test.each(contentTypeNames)(
    '%s: its collection is the one content-schema names, its schema the snapshot list’s',
    (type) => {
      expect(contentCollections[type].config.slug).toBe(contentTypes[type].collection)
      expect(schemaOf(type)).toBe(Snapshot.shape[type].element)
    },
  )
})

describe('grids', () => {
  const grid = (phonePublic: boolean): Grid => ({
    ...stamps,
    name: '第一网格',
    area: '一组',
    households: 40,
    workers: [
      { name: '王建国', role: 'grid-leader', workPhone: '13900001111', phonePublic, phoneConsentOn: null },
    ],
    raiseMatterLink: null,
  })

  test('a work phone without its holder’s consent stays private, and makes no 说事码', () => {
    const record = publicGrid(grid(false), links)
    expect(record.workers[0].workPhone).toBeUndefined()
    expect(record.raiseMatter).toBeUndefined()
    expect(JSON.stringify(record)).not.toContain('13900001111')
  })

  test('with consent it is public, and the 说事码 calls it', () => {
    const record = publicGrid(grid(true), links)
    expect(record.workers[0].workPhone).toBe('13900001111')
    expect(record.raiseMatter).toBe('tel:13900001111')
  })
})

describe('points boards', () => {
  const board: PointsBoard = {
    ...stamps,
    month: '2026-10-31T16:00:00.000Z',
    rules: 3,
    intro: null,
    redList: [
      { household: '张建民家', group: '三组', points: 12, deeds: '孝老', named: true, article: 5 },
      { household: '李秀英家', group: '四组', points: 10, deeds: '助人', named: false, article: 5 },
    ],
    blackList: [{ category: 'littering', households: 2, article: 9 }],
  }

  test('a household is named only with its consent; the other reads by its group', () => {
    const record = publicPointsBoard(board, links)
    expect(record.redList.map((r) => r.household)).toEqual(['张建民家', undefined])
    expect(JSON.stringify(record)).not.toContain('李秀英')
    expect(record.month).toBe('2026-11')
    expect(record.rules).toBe('cun-gui-min-yue')
  })
})

describe('role models', () => {
  const model = {
    ...stamps,
    name: '孙桂芳',
    subjectType: 'person',
    category: 'filial-daughter-in-law',
    summary: '照顾瘫痪婆婆十年。',
    contact: { phone: '138-0000-7001', idNumber: '999999197001010017', address: '柳湾村三组' },
    consent: { signer: '孙桂芳', scope: '门户网站和大屏', signedOn: '2026-11-01T00:00:00.000Z' },
    honours: [],
  } as unknown as RoleModel

  test('the contact and consent groups never reach the record, and the record fits the contract', () => {
    const record = publicRoleModel(model, links)
    for (const secret of ['138-0000-7001', '999999197001010017', '柳湾村三组', '门户网站和大屏'])
      expect(JSON.stringify(record)).not.toContain(secret)
    expect(record.village).toBe('qing-xi-cun')
    expect(schemaOf('roleModels').safeParse(withoutEmpty(record)).error?.issues).toBeUndefined()
  })
})
