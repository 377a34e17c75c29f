/**
 * Every private value of every collection (phones, ID numbers, addresses, consent records, a
 * screen's key, and a household or work phone without its holder's consent), read by every role:
 * a township editor and the officer of the document's own village read them; an officer of another
 * village, reviewers, leaders, administrators and the public never do, whether the document is a
 * draft or published, over REST and the Local API. A value with consent on record is public.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { apiClient, makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let api: Awaited<ReturnType<typeof apiClient>>

const readers = [
  'anonymous',
  'admin',
  'township-editor',
  'township-reviewer',
  'leader',
  'officer of the village',
  'officer of another village',
] as const
type Reader = (typeof readers)[number]
/** Who reads private values: the township's editors and the document's own village's officers. */
const readsPrivate = (reader: Reader) => reader === 'township-editor' || reader === 'officer of the village'

const users: Partial<
  Record<Reader, { id: string | number; collection: 'users'; token: string } & Record<string, unknown>>
> = {}

/** Each collection's document in 清溪村, its private values and the values public with consent. */
const documents = {
  'role-models': {
    data: {
      name: '隐私测试榜样',
      subjectType: 'person',
      category: 'good-neighbour',
      summary: '热心助人。',
      contact: { phone: '13800138001', idNumber: '999999197001010017', address: '清溪村三组十八号' },
      consent: {
        scope: '隐私测试同意范围',
        signer: '隐私测试签署人',
        guardian: '隐私测试监护人',
        signedOn: '2026-10-01T00:00:00.000Z',
      },
    },
    secret: [
      '13800138001',
      '999999197001010017',
      '清溪村三组十八号',
      '隐私测试同意范围',
      '隐私测试签署人',
      '隐私测试监护人',
    ],
    consented: [] as string[],
  },
  grids: {
    data: {
      name: '隐私测试网格',
      area: '一组',
      workers: [
        {
          name: '同意者',
          role: 'grid-worker',
          workPhone: '13900139001',
          phonePublic: true,
          phoneConsentOn: '2026-09-09T00:00:00.000Z',
        },
        { name: '未同意者', role: 'grid-worker', workPhone: '13900139002', phonePublic: false },
      ],
    },
    secret: ['13900139002', '2026-09-09'],
    consented: ['13900139001'],
  },
  'points-boards': {
    data: {
      month: '2031-05-15T00:00:00.000Z',
      redList: [
        {
          household: '公示户张家',
          group: '一组',
          points: 10,
          deeds: '清理河道',
          named: true,
          namedConsentOn: '2026-08-08T00:00:00.000Z',
        },
        { household: '不公示户李家', group: '二组', points: 8, deeds: '调解邻里', named: false },
      ],
      blackList: [],
    },
    secret: ['不公示户李家', '2026-08-08'],
    consented: ['公示户张家'],
  },
} as const
type Collection = keyof typeof documents
const ids: Record<Collection, Record<'draft' | 'published', string | number>> = {} as never
let screen: { id: string | number; key: string }

beforeAll(async () => {
  cms = await startCms()
  api = await apiClient(cms.config)
  const township = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
  const [own, other] = await Promise.all(
    ['清溪村', '桃园村'].map(
      async (name) =>
        (await cms.payload.create({ collection: 'villages', data: { name, township: township.id } })).id,
    ),
  )
  const roles: Record<Exclude<Reader, 'anonymous'>, [string, (string | number)[]]> = {
    admin: ['admin', []],
    'township-editor': ['township-editor', []],
    'township-reviewer': ['township-reviewer', []],
    leader: ['leader', []],
    'officer of the village': ['village-officer', [own]],
    'officer of another village': ['village-officer', [other]],
  }
  for (const [reader, [role, villages]] of Object.entries(roles)) {
    const email = `${role}-${villages.join('')}@private.example`
    const user = await makeUser(cms.payload, email, [role])
    if (villages.length)
      await cms.payload.update({ collection: 'users', id: user.id, data: { villages } as never })
    // The Local API acts as the user as stored, roles and villages with it.
    const stored = await cms.payload.findByID({ collection: 'users', id: user.id, depth: 0 })
    users[reader as Reader] = {
      ...stored,
      collection: 'users',
      token: await api.login(email, 'test-password-1'),
    }
  }
  for (const [collection, { data }] of Object.entries(documents) as [
    Collection,
    (typeof documents)[Collection],
  ][]) {
    const write = (status: 'draft' | 'published', extra: object) =>
      cms.payload.create({
        collection,
        data: { ...data, ...extra, village: own, _status: status, reviewState: status } as never,
        draft: status === 'draft',
        depth: 0,
        context: { seeding: true },
      })
    // Two documents of a collection in one village differ by name, or a board by its month.
    const second = {
      'role-models': { name: '隐私测试榜样（已发布）' },
      grids: { name: '隐私测试网格（已发布）' },
      'points-boards': { month: '2031-06-15T00:00:00.000Z' },
    }[collection]
    ids[collection] = {
      draft: (await write('draft', {})).id,
      published: (await write('published', second)).id,
    }
  }
  const made = await cms.payload.create({
    collection: 'screens',
    data: { name: '隐私测试大屏', village: own } as never,
    depth: 0,
  })
  screen = {
    id: made.id,
    key: (await cms.payload.findByID({ collection: 'screens', id: made.id, depth: 0 })).key!,
  }
})
afterAll(async () => cms?.close())

/** What a reader gets of a document, as text: over REST with their token, or the Local API as them. */
async function read(
  reader: Reader,
  via: 'REST' | 'Local API',
  collection: string,
  id: string | number,
  draft: boolean,
) {
  const user = users[reader]
  if (via === 'REST') {
    const { body } = await api.get(`/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`, {
      token: user?.token,
    })
    return JSON.stringify(body)
  }
  const doc = await cms.payload
    .findByID({
      collection: collection as 'grids',
      id,
      draft,
      depth: 0,
      overrideAccess: false,
      user: user as never,
      disableErrors: true,
    })
    .catch(() => null)
  return JSON.stringify(doc)
}

describe.each(['draft', 'published'] as const)('a %s document', (state) => {
  const cases = (Object.keys(documents) as Collection[]).flatMap((collection) =>
    readers.flatMap((reader) =>
      (['REST', 'Local API'] as const).map((via) => [collection, reader, via] as const),
    ),
  )
  test.each(cases)('%s read by %s over %s', async (collection, reader, via) => {
    const text = await read(reader, via, collection, ids[collection][state], state === 'draft')
    const { secret, consented } = documents[collection]
    const found = secret.filter((value) => text.includes(value))
    expect(found).toEqual(readsPrivate(reader) ? [...secret] : [])
    // The control: the document was read at all where the reader may, so absence above means something.
    const readable =
      state === 'published' || (reader !== 'anonymous' && reader !== 'officer of another village')
    if (readable) {
      expect(text, 'the document itself').toContain(collection === 'points-boards' ? '清理河道' : '隐私测试')
      for (const value of consented) expect(text, 'a value public with consent').toContain(value)
    }
  })
})

describe('a screen', () => {
  test.each(
    readers.flatMap((reader) => (['REST', 'Local API'] as const).map((via) => [reader, via] as const)),
  )('its key read by %s over %s', async (reader, via) => {
    const text = await read(reader, via, 'screens', screen.id, false)
    expect(text).toContain('隐私测试大屏')
    expect(text.includes(screen.key)).toBe(readsPrivate(reader))
  })
})
