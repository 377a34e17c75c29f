import { describe, expect, test } from 'vitest'

import {
  labelOf,
  PolicyDocument,
  roleModelCategories,
  RoleModel,
  valuesOf,
  Village,
  VillageRules,
} from '@xiangfeng/content-schema'

const validRoleModel = {
  id: '1',
  slug: 'wang-gui-lan',
  publishedAt: '2026-07-02T09:00:00+08:00',
  updatedAt: '2026-07-02T09:00:00+08:00',
  subjectType: 'person',
  name: '王桂兰',
  category: 'filial-daughter-in-law',
  village: 'tao-yuan-cun',
  summary: '照顾瘫痪在床的婆婆十一年。',
  story: '<p>……</p>',
  photos: [],
  honours: [
    { title: '孝老敬亲好儿媳', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
  ],
  featuredOnHome: true,
  featuredOnKiosk: false,
}

describe('vocabularies', () => {
  test('the seven role-model categories of the township carry their Chinese names', () => {
    expect(roleModelCategories.map((c) => c.label)).toEqual([
      '先锋引领好党员',
      '孝老敬亲好儿媳',
      '向上向善好青年',
      '引领风尚好家庭',
      '致富带富好村民',
      '和睦友好好邻居',
      '助人为乐好榜样',
    ])
    expect(new Set(valuesOf(roleModelCategories)).size).toBe(7)
    expect(labelOf(roleModelCategories, 'good-neighbour')).toBe('和睦友好好邻居')
  })
})

describe('public contract', () => {
  test('accepts a complete public role model', () => {
    expect(RoleModel.parse(validRoleModel).name).toBe('王桂兰')
  })

  test.each([
    ['contact', { phone: '138-0000-0001' }],
    ['idNumber', '999999196001010011'],
    ['consent', { signer: '王桂兰' }],
  ])('rejects a role model that carries the private field %s', (field, value) => {
    const result = RoleModel.safeParse({ ...validRoleModel, [field]: value })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain(field)
  })

  test('rejects a summary over 300 characters and an unknown category', () => {
    expect(RoleModel.safeParse({ ...validRoleModel, summary: '好'.repeat(301) }).success).toBe(false)
    expect(RoleModel.safeParse({ ...validRoleModel, category: 'celebrity' }).success).toBe(false)
  })

  test('a village slug cannot be a word the portal uses in its addresses', () => {
    const village = { id: '1', name: '清溪村', township: 'yun-xi-zhen' }
    expect(Village.safeParse({ ...village, slug: 'qing-xi-cun' }).success).toBe(true)
    expect(Village.safeParse({ ...village, slug: 'zhen' }).success).toBe(false)
    expect(Village.safeParse({ ...village, slug: 'month' }).success).toBe(false)
  })

  test('a village-rules vote carries counts, never a list of names', () => {
    const rules = {
      id: '9',
      slug: 'qing-xi-cun-cun-gui-min-yue',
      publishedAt: '2024-05-01T09:00:00+08:00',
      updatedAt: '2024-05-01T09:00:00+08:00',
      village: 'qing-xi-cun',
      title: '清溪村村规民约',
      versionLabel: '2024年修订版',
      status: 'in-force',
      areas: [],
      chapters: [{ title: '第一章 总则', articles: [{ number: 1, text: '……' }] }],
      adoptionSteps: [{ kind: 'vote', date: '2024-04-16' }],
      vote: {
        meetingType: 'representatives',
        date: '2024-04-16',
        eligible: 68,
        present: 61,
        for: 58,
        against: 1,
        abstain: 2,
      },
    }
    expect(VillageRules.safeParse(rules).success).toBe(true)
    expect(VillageRules.safeParse({ ...rules, vote: { ...rules.vote, voters: ['张三'] } }).success).toBe(
      false,
    )
  })
})

describe('policy documents', () => {
  const policy = { title: '通知', issuingBody: '县政府', issuedOn: '2026-01-01', validity: 'current' }
  test('the original is linked over http or https only, never javascript:', () => {
    expect(
      PolicyDocument.safeParse({ ...policy, originalUrl: 'https://www.gov.cn/zhengce/1.htm' }).success,
    ).toBe(true)
    expect(PolicyDocument.safeParse({ ...policy, originalUrl: 'javascript:alert(1)' }).success).toBe(false)
    expect(PolicyDocument.safeParse({ ...policy, originalUrl: 'http://:::' }).success).toBe(false)
  })
})
