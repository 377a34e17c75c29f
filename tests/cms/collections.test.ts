import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { idCheckCharacter } from '@xiangfeng/cms/fields/privacy'
import { apiClient, makeUser, startCms, type TestCms, validationMessage } from '../helpers/payload'

const first17 = '99999919600101001'
const validId = first17 + idCheckCharacter(first17)
const invalidId = first17 + (idCheckCharacter(first17) === '0' ? '1' : '0')

let cms: TestCms
let editor: Awaited<ReturnType<typeof makeUser>>
let admin: Awaited<ReturnType<typeof makeUser>>
let townshipId: number | string
let villageId: number | string
let imageId: number | string

/** Local API as a signed-in editor, with access control applied. */
const asEditor = () => ({ user: editor, overrideAccess: false })
const asAdmin = () => ({ user: admin, overrideAccess: false })

const jpeg = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .jpeg()
    .toBuffer()

beforeAll(async () => {
  cms = await startCms()
  admin = await makeUser(cms.payload, 'admin@test.example', ['admin'])
  const township = await cms.payload.create({
    collection: 'townships',
    data: { name: '云溪镇' },
    ...asAdmin(),
  })
  townshipId = township.id
  // An editor of that township.
  editor = await makeUser(cms.payload, 'editor@test.example')
  const village = await cms.payload.create({
    collection: 'villages',
    data: { name: '清溪村', township: township.id },
    ...asAdmin(),
  })
  villageId = village.id
  const data = await jpeg()
  const image = await cms.payload.create({
    collection: 'media',
    data: { alt: '测试图片' },
    file: { data, mimetype: 'image/jpeg', name: 'test.jpg', size: data.length },
    ...asEditor(),
  })
  imageId = image.id
})
afterAll(async () => cms?.close())

describe('townships and villages', () => {
  test('a village belongs to a township and gets a pinyin slug', async () => {
    const village = await cms.payload.findByID({ collection: 'villages', id: villageId, depth: 1 })
    expect(village.slug).toBe('qing-xi-cun')
    expect((village.township as { name: string }).name).toBe('云溪镇')
  })

  test('update and delete', async () => {
    const village = await cms.payload.create({
      collection: 'villages',
      data: { name: '桃园村', township: townshipId } as never,
      ...asAdmin(),
    })
    const updated = await cms.payload.update({
      collection: 'villages',
      id: village.id,
      data: { intro: '依山傍水' },
      ...asEditor(),
    })
    expect(updated.intro).toBe('依山傍水')
    await cms.payload.delete({ collection: 'villages', id: village.id, ...asAdmin() })
    const { totalDocs } = await cms.payload.count({
      collection: 'villages',
      where: { id: { equals: village.id } },
    })
    expect(totalDocs).toBe(0)
  })

  test('a village without a township is refused with a Chinese message', async () => {
    const message = await validationMessage(
      cms.payload.create({ collection: 'villages', data: { name: '无镇村' } as never, ...asAdmin() }),
    )
    expect(message).toContain('township')
    expect(message).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('users', () => {
  test('an editor cannot give themselves another role', async () => {
    const updated = await cms.payload.update({
      collection: 'users',
      id: editor.id,
      data: { roles: ['admin'] } as never,
      ...asEditor(),
    })
    expect(updated.roles).toEqual(['township-editor'])
  })
  // Sign-in throttling (per address and account, no account lock): tests/cms/hostile-requests.test.ts
})

describe('media', () => {
  test('an upload gets its image sizes', async () => {
    const data = await jpeg(1600, 1200)
    const image = await cms.payload.create({
      collection: 'media',
      data: { alt: '清溪村村口' },
      file: { data, mimetype: 'image/jpeg', name: 'village.jpg', size: data.length },
      ...asEditor(),
    })
    expect(image.width).toBe(1600)
    expect(image.sizes?.thumbnail?.width).toBe(320)
    expect(image.sizes?.card?.width).toBe(800)
  })

  test('alt text is required', async () => {
    const data = await jpeg()
    const message = await validationMessage(
      cms.payload.create({
        collection: 'media',
        data: {} as never,
        file: { data, mimetype: 'image/jpeg', name: 'no-alt.jpg', size: data.length },
        ...asEditor(),
      }),
    )
    expect(message).toContain('alt')
  })

  test('an SVG is refused with a 400 saying which formats are accepted, and nothing is stored', async () => {
    const data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const before = (await cms.payload.count({ collection: 'media' })).totalDocs
    await expect(
      cms.payload.create({
        collection: 'media',
        data: { alt: '脚本' },
        file: { data, mimetype: 'image/svg+xml', name: 'evil.svg', size: data.length },
        ...asEditor(),
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('只能上传 JPG、PNG 或 WebP 格式的图片'),
    })
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})

describe('role models', () => {
  const base = () => ({
    name: '张建民',
    subjectType: 'person',
    category: 'pioneer-party-member',
    village: villageId,
    summary: '带领村民修通进山路。',
    portrait: imageId,
    honours: [
      { title: '优秀共产党员', awardedBy: '中共云溪镇委员会', awardedOn: '2026-07-01', level: 'township' },
    ],
    contact: { phone: '138-0000-9001', idNumber: validId, address: '演示路1号' },
  })

  test('create, read, update, delete', async () => {
    const created = await cms.payload.create({
      collection: 'role-models',
      data: { ...base() } as never,
      depth: 0,
      ...asEditor(),
    })
    expect(created.slug).toBe('zhang-jian-min')
    expect(created.township).toBe(townshipId)
    const read = await cms.payload.findByID({ collection: 'role-models', id: created.id, ...asEditor() })
    expect(read.contact?.phone).toBe('138-0000-9001')
    const updated = await cms.payload.update({
      collection: 'role-models',
      id: created.id,
      data: { summary: '修路、建合作社的老支书。' },
      ...asEditor(),
    })
    expect(updated.summary).toBe('修路、建合作社的老支书。')
    await cms.payload.delete({ collection: 'role-models', id: created.id, ...asEditor() })
    await expect(cms.payload.findByID({ collection: 'role-models', id: created.id })).rejects.toMatchObject({
      status: 404,
    })
  })

  test('a summary over 300 characters is refused', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'role-models',
        data: { ...base(), summary: '好'.repeat(301) } as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('summary')
    expect(message).toMatch(/[\u4e00-\u9fff]/)
  })

  test('a mistyped ID number and phone number are refused in Chinese', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'role-models',
        data: {
          ...base(),
          contact: { idNumber: invalidId, phone: '1380000' },
        } as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('身份证号码格式不对')
    expect(message).toContain('电话号码格式不对')
  })

  test('an unknown category is refused', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'role-models',
        data: { ...base(), category: 'celebrity' } as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('category')
  })
})

describe('lectures', () => {
  test('a series and a session with a recap', async () => {
    const series = await cms.payload.create({
      collection: 'lecture-series',
      data: {
        name: '法润云溪·普法惠民',
        kind: 'law',
        organiser: '云溪镇司法所',
      } as never,
      ...asEditor(),
    })
    expect(series.slug).toBe('fa-run-yun-xi-pu-fa-hui-min')
    const session = await cms.payload.create({
      collection: 'lecture-sessions',
      data: {
        title: '识破养老诈骗',
        series: series.id,
        speaker: { name: '郑海', unit: '派出所', title: '副所长' },
        startsAt: '2026-11-12T01:30:00.000Z',
        endsAt: '2026-11-12T03:00:00.000Z',
        venue: '清溪村党群服务中心',
        village: villageId,
        status: 'held',
        recap: { attendance: 80, photos: [imageId] },
      } as never,
      ...asEditor(),
    })
    expect(session.status).toBe('held')
    expect(session.recap?.attendance).toBe(80)
    const updated = await cms.payload.update({
      collection: 'lecture-sessions',
      id: session.id,
      data: { status: 'postponed' },
      ...asEditor(),
    })
    expect(updated.status).toBe('postponed')
    await cms.payload.delete({ collection: 'lecture-sessions', id: session.id, ...asEditor() })
  })

  test('a session that ends before it starts is refused', async () => {
    const series = await cms.payload.find({ collection: 'lecture-series', limit: 1 })
    const message = await validationMessage(
      cms.payload.create({
        collection: 'lecture-sessions',
        data: {
          title: '时间颠倒',
          series: series.docs[0].id,
          speaker: { name: '某人' },
          startsAt: '2026-11-12T03:00:00.000Z',
          endsAt: '2026-11-12T01:00:00.000Z',
          venue: '村委会',
        } as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('结束时间必须晚于开始时间')
  })

  test('a session needs a series, a speaker and a venue', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'lecture-sessions',
        data: {
          title: '缺项',
          startsAt: '2026-11-12T01:00:00.000Z',
          endsAt: '2026-11-12T02:00:00.000Z',
        } as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('series')
    expect(message).toContain('venue')
    expect(message).toContain('speaker.name')
  })
})

describe('policy explainers', () => {
  const explainer = (extra: Record<string, unknown> = {}) => ({
    title: '城乡居民养老保险解读',
    summary: '多缴多补。',
    topics: ['pension'],
    policy: {
      title: '关于调整缴费档次的通知',
      issuingBody: '某县人民政府',
      issuedOn: '2025-12-10',
      validity: 'current',
    },
    origin: 'original',
    mainContent: {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: '内容', version: 1 }] }],
        direction: null,
        format: '',
        indent: 0,
        version: 1,
      },
    },
    keyPoints: [{ text: '15档' }],
    qa: [{ question: '能补缴吗？', answer: '可以。' }],
    ...extra,
  })

  test('create, read, update, delete', async () => {
    const doc = await cms.payload.create({
      collection: 'policy-explainers',
      data: explainer() as never,
      depth: 0,
      ...asEditor(),
    })
    expect(doc.township).toBe(townshipId)
    expect(doc.village ?? null).toBeNull()
    const updated = await cms.payload.update({
      collection: 'policy-explainers',
      id: doc.id,
      data: { policy: { ...doc.policy, validity: 'expired' } },
      ...asEditor(),
    })
    expect(updated.policy.validity).toBe('expired')
    await cms.payload.delete({ collection: 'policy-explainers', id: doc.id, ...asEditor() })
  })

  test('a reprinted explainer must name its source', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'policy-explainers',
        data: explainer({ title: '转载', origin: 'reprinted' }) as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('转载的解读必须注明来源')
  })

  test('the policy document needs its issuing body and date', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'policy-explainers',
        data: explainer({ title: '缺文件', policy: { title: '某通知', validity: 'current' } }) as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('policy.issuingBody')
    expect(message).toContain('policy.issuedOn')
  })
})

describe('village rules', () => {
  const rules = (extra: Record<string, unknown> = {}) => ({
    title: '清溪村村规民约',
    versionLabel: '2024年修订版',
    status: 'in-force',
    village: villageId,
    chapters: [
      {
        title: '第一章 总则',
        articles: [{ text: '为建设文明乡村，制定本规约。' }, { text: '全体村民共同遵守。' }],
      },
      { title: '第二章 移风易俗', articles: [{ text: '红白喜事简办。' }] },
    ],
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
    ...extra,
  })

  test('articles are numbered straight through the chapters', async () => {
    const doc = await cms.payload.create({
      collection: 'village-rules',
      data: rules() as never,
      ...asEditor(),
    })
    expect(doc.chapters.flatMap((c) => c.articles.map((a) => a.number))).toEqual([1, 2, 3])
    const revised = await cms.payload.update({
      collection: 'village-rules',
      id: doc.id,
      data: {
        chapters: [
          { title: '第一章', articles: [{ text: '新增条款。' }, ...doc.chapters[0].articles] },
          doc.chapters[1],
        ],
      },
      ...asEditor(),
    })
    expect(revised.chapters.flatMap((c) => c.articles.map((a) => a.number))).toEqual([1, 2, 3, 4])
    await cms.payload.delete({ collection: 'village-rules', id: doc.id, ...asEditor() })
  })

  test('a revision names the version it supersedes', async () => {
    const old = await cms.payload.create({
      collection: 'village-rules',
      data: rules({ versionLabel: '2019年版', status: 'repealed', title: '清溪村村规民约2019' }) as never,
      ...asEditor(),
    })
    const current = await cms.payload.create({
      collection: 'village-rules',
      data: rules({ title: '清溪村村规民约2024', supersedes: old.id }) as never,
      ...asEditor(),
    })
    expect((current.supersedes as { id: unknown }).id ?? current.supersedes).toBe(old.id)
  })

  test('rules need a village', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'village-rules',
        data: rules({ title: '无村', village: undefined }) as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('village')
  })

  test('vote counts that do not add up are refused', async () => {
    const message = await validationMessage(
      cms.payload.create({
        collection: 'village-rules',
        data: rules({
          title: '票数不对',
          vote: {
            meetingType: 'assembly',
            date: '2024-04-16',
            eligible: 50,
            present: 40,
            for: 30,
            against: 8,
            abstain: 5,
          },
        }) as never,
        ...asEditor(),
      }),
    )
    expect(message).toContain('赞成、反对、弃权人数之和不能多于到会人数')
  })
})

describe('site settings', () => {
  test('filing numbers are editable and public once a leader approves them', async () => {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: '乡风·云溪', icpNumber: '陕ICP备00000000号-1' },
      draft: true,
      ...asEditor(),
    })
    const leader = await makeUser(cms.payload, 'leader@test.example', ['leader'])
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: { _status: 'published' },
      user: leader,
      overrideAccess: false,
    })
    const api = await apiClient(cms.config)
    const { status, body } = await api.get('/globals/site-settings')
    expect(status).toBe(200)
    expect(body.icpNumber).toBe('陕ICP备00000000号-1')
  })
})
