import type { Payload } from 'payload'

import type { ReviewedCollection } from '@xiangfeng/content-schema'

type Id = string | number

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

/** A complete, publishable document of each reviewed collection in the given village. */
export function validDoc(
  collection: ReviewedCollection,
  village: Id,
  seriesId: Id,
  n: number,
): Record<string, unknown> {
  switch (collection) {
    case 'role-models':
      return {
        name: `测试榜样${n}`,
        subjectType: 'person',
        category: 'good-neighbour',
        summary: '热心助人。',
        village,
      }
    case 'selection-batches':
      return { title: `测试批次${n}`, announcedOn: '2026-11-20', issuedBy: '云溪镇人民政府', village }
    case 'notices':
      return {
        title: `测试通知${n}`,
        kind: 'notice',
        issuedBy: '村民委员会',
        body: paragraph('通知内容。'),
        validFrom: '2026-11-20T00:00:00.000Z',
        village,
      }
    case 'grids':
      return {
        name: `测试网格${n}`,
        area: '一组、二组',
        workers: [{ name: '网格员', role: 'grid-worker' }],
        village,
      }
    case 'points-boards':
      // One board per village and month: each n its own month.
      return {
        month: new Date(Date.UTC(2000 + (Math.floor(n / 12) % 7000), n % 12, 15)).toISOString(),
        village,
        redList: [{ group: '一组', points: 10, deeds: '清理河道垃圾' }],
        blackList: [{ category: 'clutter', households: 2 }],
      }
    case 'lecture-series':
      return { name: `测试讲堂${n}`, kind: 'law', organiser: '司法所', village }
    case 'lecture-sessions':
      return {
        title: `测试讲座${n}`,
        series: seriesId,
        speaker: { name: '主讲人' },
        startsAt: '2026-12-12T01:30:00.000Z',
        endsAt: '2026-12-12T03:00:00.000Z',
        venue: '党群服务中心',
        village,
      }
    case 'policy-explainers':
      return {
        title: `测试解读${n}`,
        summary: '一句话。',
        topics: ['pension'],
        policy: { title: '某通知', issuingBody: '某县', issuedOn: '2026-01-01', validity: 'current' },
        origin: 'original',
        mainContent: paragraph('主要内容。'),
        village,
      }
    case 'village-rules':
      return {
        title: `测试村规${n}`,
        versionLabel: '2026年版',
        status: 'in-force',
        village,
        chapters: [{ title: '第一章', articles: [{ text: '遵守法律。' }] }],
      }
  }
}

/**
 * A document placed directly in a review state, with a history whose earlier steps were taken by
 * `others` (never the user under test), written the way the demo seed writes.
 */
export async function docInState(
  payload: Payload,
  collection: ReviewedCollection,
  data: Record<string, unknown>,
  state: 'draft' | 'submitted' | 'reviewed',
  others: { author: Id; reviewer: Id },
) {
  const at = new Date().toISOString()
  const history = [
    ...(state !== 'draft'
      ? [{ action: 'submit', from: 'draft', to: 'submitted', by: others.author, at }]
      : []),
    ...(state === 'reviewed'
      ? [{ action: 'review', from: 'submitted', to: 'reviewed', by: others.reviewer, at }]
      : []),
  ]
  return payload.create({
    collection,
    data: { ...data, reviewState: state, reviewHistory: history } as never,
    draft: true,
    depth: 0,
    context: { seeding: true },
  })
}

/** A township with one village, 清溪村, the smallest place content can belong to. */
export async function makeVillage(payload: Payload) {
  const township = await payload.create({ collection: 'townships', data: { name: '云溪镇' } })
  const village = await payload.create({
    collection: 'villages',
    data: { name: '清溪村', township: township.id },
  })
  return village.id
}

/** The smallest file a PDF reader opens: one empty A4 page, with its cross-reference table. */
export function onePagePdf(): Buffer {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
