import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { slugify } from '@xiangfeng/cms/fields/slug'
import { makeUser, startCms, type TestCms, validationMessage } from '../helpers/payload'

describe('slugify', () => {
  test.each([
    ['张桂兰', 'zhang-gui-lan'],
    ['法润云溪·普法惠民', 'fa-run-yun-xi-pu-fa-hui-min'],
    ['2026年度 庆七一表彰', '2026-nian-du-qing-qi-yi-biao-zhang'],
    // ü is written v, as in most pinyin URLs.
    ['绿色（Green）家庭', 'lv-se-green-jia-ting'],
    ['吕淑贞', 'lv-shu-zhen'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  test('a long title is cut at a word boundary within 80 characters', () => {
    const slug = slugify('关于进一步做好农村土地承包经营权确权登记颁证成果应用和纠纷调处工作的实施意见解读')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

describe('slugs in the CMS', () => {
  let cms: TestCms
  let user: Awaited<ReturnType<typeof makeUser>>
  const villages: Record<string, string | number> = {}

  const createModel = (name: string, village?: string | number, slug?: string) =>
    cms.payload.create({
      collection: 'role-models',
      data: {
        name,
        slug,
        subjectType: 'person',
        category: 'good-neighbour',
        summary: '热心助人。',
        village,
      } as never,
      user,
      overrideAccess: false,
      depth: 0,
    })

  beforeAll(async () => {
    cms = await startCms()
    const township = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
    user = await makeUser(cms.payload, 'slug@test.example')
    for (const name of ['清溪村', '桃园村']) {
      villages[name] = (
        await cms.payload.create({ collection: 'villages', data: { name, township: township.id } })
      ).id
    }
  })
  afterAll(async () => cms?.close())

  test('unique per village: the same name gets a suffix in one village and none in another', async () => {
    const first = await createModel('张伟', villages['清溪村'])
    const second = await createModel('张伟', villages['清溪村'])
    const elsewhere = await createModel('张伟', villages['桃园村'])
    const townshipWide = await createModel('张伟')
    expect([first.slug, second.slug, elsewhere.slug, townshipWide.slug]).toEqual([
      'zhang-wei',
      'zhang-wei-2',
      'zhang-wei',
      'zhang-wei',
    ])
    expect((await createModel('张伟')).slug).toBe('zhang-wei-2')
  })

  test('stable when the title changes', async () => {
    const model = await createModel('李秀英', villages['清溪村'])
    const renamed = await cms.payload.update({
      collection: 'role-models',
      id: model.id,
      data: { name: '李秀英（已更正）' },
      user,
      overrideAccess: false,
    })
    expect(renamed.slug).toBe('li-xiu-ying')
  })

  test('cleared, it is made again from the current title', async () => {
    const model = await createModel('王芳', villages['桃园村'])
    const updated = await cms.payload.update({
      collection: 'role-models',
      id: model.id,
      data: { name: '王芳芳', slug: '' },
      user,
      overrideAccess: false,
    })
    expect(updated.slug).toBe('wang-fang-fang')
  })

  test('a typed slug already used in the village is refused in Chinese', async () => {
    await createModel('赵强', villages['清溪村'])
    expect(await validationMessage(createModel('赵二强', villages['清溪村'], 'zhao-qiang'))).toBe(
      'slug: 链接名“zhao-qiang”在同一村已被使用，请换一个。',
    )
    expect((await createModel('赵二强', villages['桃园村'], 'zhao-qiang')).slug).toBe('zhao-qiang')
  })

  test('a typed slug in the wrong format is refused', async () => {
    expect(await validationMessage(createModel('孙丽', villages['清溪村'], 'Sun Li!'))).toContain(
      '小写字母、数字和连字符',
    )
  })

  test('a village cannot take a word the portal uses in its addresses', async () => {
    const township = (await cms.payload.find({ collection: 'townships', limit: 1 })).docs[0]!.id
    const createVillage = (name: string, slug?: string) =>
      cms.payload.create({ collection: 'villages', data: { name, slug, township } as never })
    // 镇 alone would be 'zhen', the township's own scope in addresses.
    expect((await createVillage('镇')).slug).toBe('zhen-2')
    expect(await validationMessage(createVillage('月亮村', 'month'))).toBe(
      'slug: 链接名“month”是网站地址的保留用词，请换一个。',
    )
  })

  test('drafts take part in uniqueness', async () => {
    const draft = await cms.payload.create({
      collection: 'role-models',
      data: {
        name: '周敏',
        subjectType: 'person',
        category: 'good-neighbour',
        summary: '草稿。',
        village: villages['清溪村'],
      } as never,
      draft: true,
      depth: 0,
    })
    expect(draft.slug).toBe('zhou-min')
    expect((await createModel('周敏', villages['清溪村'])).slug).toBe('zhou-min-2')
  })
})
