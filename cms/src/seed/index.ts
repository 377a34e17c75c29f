import type { CollectionSlug, Payload, Where } from 'payload'

import { chinaDay } from '@xiangfeng/content-schema'

import { townshipRoles } from '../access/roles'
import { idCheckCharacter } from '../fields/privacy'
import { slugify } from '../fields/slug'
import { portraitJpeg, sceneJpeg } from './images'
import { lectureSchedule, lectureSeries } from './data/lectures'
import { DEMO_PASSWORD, demoUsers, flaggedWords, siteSettings, township, villages } from './data/places'
import { policies } from './data/policies'
import { batches } from './data/batches'
import { type SeedNotice, seedNotices } from './data/notices'
import { noticePdf } from './pdf'
import { grids } from './data/grids'
import { boardMonth, pointsBoards } from './data/pointsBoards'
import { roleModels } from './data/roleModels'
import { demoScreens } from './data/screens'
import { villageRules } from './data/villageRules'
import { richText } from '../fields/richTextLines'

type Id = string | number
type Doc = { id: Id } & Record<string, unknown>

/**
 * The demo township 云溪镇. Idempotent: every record is looked up by its natural key first and
 * left alone when it exists, so a second run creates nothing and changes nothing.
 */
export async function seed(payload: Payload, { now = new Date() } = {}) {
  const seeder = new Seeder(payload)
  const places = await seedPlaces(seeder)
  const userIds = await seedUsers(seeder, places)
  const batchIds = await seedBatches(seeder, places, now)
  const roleModelIds = await seedRoleModels(seeder, places, batchIds, userIds, now)
  const explainerIds = await seedPolicyExplainers(seeder)
  await seedLectures(seeder, places, roleModelIds, explainerIds, now)
  await seedVillageRules(seeder, places)
  await seedNoticeBoard(seeder, places, now)
  await seedGrids(seeder, places)
  await seedPointsBoards(seeder, places, now)
  await seedScreens(seeder, places, now)
  await seedSettings(seeder)
  return { created: seeder.created }
}

/** Creates what is missing and counts what it created. */
class Seeder {
  readonly created: Record<string, number> = {}
  constructor(readonly payload: Payload) {}

  async ensure(
    collection: CollectionSlug,
    where: Where,
    data: () => Promise<Record<string, unknown>> | Record<string, unknown>,
    options: { draft?: boolean } = {},
  ): Promise<Doc> {
    const existing = await this.payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0] as unknown as Doc
    const doc = await this.payload.create({
      collection,
      data: (await data()) as never,
      depth: 0,
      overrideAccess: true,
      draft: options.draft,
      context: { seeding: true },
    })
    this.created[collection] = (this.created[collection] ?? 0) + 1
    return doc as unknown as Doc
  }

  async ensureImage(name: string, alt: string, draw: () => Promise<Buffer>): Promise<Id> {
    const filename = `${name}.jpg`
    const existing = await this.payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0].id
    const data = await draw()
    const doc = await this.payload.create({
      collection: 'media',
      data: { alt },
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      overrideAccess: true,
    })
    this.created.media = (this.created.media ?? 0) + 1
    return doc.id
  }

  /** A notice's signed copy, a PDF of its text, uploaded once under the notice's title. */
  async ensureAttachment(title: string, notice: SeedNotice): Promise<Id> {
    const filename = `${notice.title}.pdf`
    const existing = await this.payload.find({
      collection: 'attachments',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0].id
    const data = noticePdf({ title: notice.title, body: notice.body, signature: notice.issuedBy })
    const doc = await this.payload.create({
      collection: 'attachments',
      data: { title },
      file: { data, mimetype: 'application/pdf', name: filename, size: data.length },
      overrideAccess: true,
    })
    this.created.attachments = (this.created.attachments ?? 0) + 1
    return doc.id
  }
}

const published = (publishedAt: string) => ({ _status: 'published', publishedAt })

/** Places: the township and its villages. */
async function seedPlaces(seeder: Seeder) {
  const townshipDoc = await seeder.ensure('townships', { slug: { equals: township.slug } }, () => township)
  const villageIds = new Map<string, Id>()
  const villageNames = new Map<string, string>()
  for (const village of villages) {
    const doc = await seeder.ensure('villages', { slug: { equals: village.slug } }, () => ({
      ...village,
      township: townshipDoc.id,
    }))
    villageIds.set(village.slug, doc.id)
    villageNames.set(village.slug, village.name)
  }
  const inVillage = (slug: string, title: string): Where => ({
    and: [{ slug: { equals: slugify(title) } }, { village: { equals: villageIds.get(slug) } }],
  })
  return { townshipId: townshipDoc.id, villageIds, villageNames, inVillage }
}

type Places = Awaited<ReturnType<typeof seedPlaces>>

/** One login per role. */
async function seedUsers(seeder: Seeder, { townshipId, villageIds }: Places) {
  const userIds = new Map<string, Id>()
  for (const user of demoUsers) {
    const townshipRole = user.roles.some((r) => (townshipRoles as readonly string[]).includes(r))
    const doc = await seeder.ensure('users', { email: { equals: user.email } }, () => ({
      ...user,
      roles: [...user.roles],
      townships: townshipRole ? [townshipId] : [],
      villages: user.villages.map((slug) => villageIds.get(slug)),
      password: DEMO_PASSWORD,
    }))
    userIds.set(user.email, doc.id)
  }
  return userIds
}

/** 网格: each village's grids and who looks after them, some phones published with consent. */
async function seedGrids(seeder: Seeder, { villageIds, inVillage }: Places) {
  for (const grid of grids) {
    const workers: Record<string, unknown>[] = []
    for (const w of grid.workers) {
      workers.push({
        name: w.name,
        role: w.role,
        photo: w.photo
          ? await seeder.ensureImage(`grid-${slugify(w.name)}`, `网格员${w.name}`, () => portraitJpeg(w.name))
          : undefined,
        workPhone: w.workPhone,
        phonePublic: Boolean(w.consentOn),
        phoneConsentOn: w.consentOn,
      })
    }
    await seeder.ensure('grids', inVillage(grid.village, grid.name), () => ({
      name: grid.name,
      area: grid.area,
      households: grid.households,
      workers,
      raiseMatterLink: grid.raiseMatterLink,
      village: villageIds.get(grid.village),
      ...published('2026-10-15T09:00:00+08:00'),
    }))
  }
}

/** 积分红黑榜: this month's and last month's, tied to the village's rules in force. */
async function seedPointsBoards(seeder: Seeder, { villageIds }: Places, now: Date) {
  for (const board of pointsBoards) {
    const village = villageIds.get(board.village)
    const month = boardMonth(now, board.monthsAgo)
    const rules = await seeder.payload.find({
      collection: 'village-rules',
      where: { and: [{ village: { equals: village } }, { status: { equals: 'in-force' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    await seeder.ensure(
      'points-boards',
      { and: [{ slug: { equals: month.slice(0, 7) } }, { village: { equals: village } }] },
      () => ({
        month: `${month}T00:00:00+08:00`,
        village,
        rules: rules.docs[0]?.id,
        intro: board.intro,
        redList: board.redList.map((r) => ({
          household: r.household,
          group: r.group,
          points: r.points,
          deeds: r.deeds,
          article: r.article,
          named: Boolean(r.consentOn),
          namedConsentOn: r.consentOn,
        })),
        blackList: board.blackList,
        ...published(`${month}T10:00:00+08:00`),
      }),
    )
  }
}

/** 通知公告: one urgent and in force, some running, one with no end and one ended, whenever the demo is made. */
async function seedNoticeBoard(seeder: Seeder, { villageIds, inVillage }: Places, now: Date) {
  for (const notice of seedNotices(now)) {
    const where: Where = notice.village
      ? inVillage(notice.village, notice.title)
      : { and: [{ slug: { equals: slugify(notice.title) } }, { village: { exists: false } }] }
    await seeder.ensure('notices', where, async () => ({
      title: notice.title,
      kind: notice.kind,
      issuedBy: notice.issuedBy,
      village: notice.village && villageIds.get(notice.village),
      body: richText(notice.body),
      validFrom: notice.validFrom.toISOString(),
      validUntil: notice.validUntil?.toISOString(),
      urgent: Boolean(notice.urgent),
      attachment: notice.attachment && (await seeder.ensureAttachment(notice.attachment, notice)),
      ...published(notice.validFrom.toISOString()),
    }))
  }
}

/** 评选批次, the last one in its public notice (公示) whenever the demo is made. */
async function seedBatches(seeder: Seeder, { villageIds, inVillage }: Places, now: Date) {
  const day = (value: string | number) =>
    typeof value === 'string' ? value : new Date(now.getTime() + value * 86400_000).toISOString().slice(0, 10)
  const batchIds = new Map<string, Id>()
  for (const batch of batches) {
    const where: Where = batch.village
      ? inVillage(batch.village, batch.title)
      : { and: [{ slug: { equals: slugify(batch.title) } }, { village: { exists: false } }] }
    const doc = await seeder.ensure('selection-batches', where, () => ({
      title: batch.title,
      announcedOn: batch.announcedOn,
      issuedBy: batch.issuedBy,
      intro: batch.intro,
      village: batch.village && villageIds.get(batch.village),
      notice: batch.notice && {
        startsOn: day(batch.notice.startsOn),
        endsOn: day(batch.notice.endsOn),
        objectionsTo: batch.notice.objectionsTo,
      },
      featuredOnKiosk: Boolean(batch.featuredOnKiosk),
      ...published(`${batch.announcedOn}T09:00:00+08:00`),
    }))
    batchIds.set(batch.title, doc.id)
  }
  return batchIds
}

/** 身边好榜样: private fields hold obviously fake values so leak tests have something to find. */
async function seedRoleModels(
  seeder: Seeder,
  { villageIds, villageNames, inVillage }: Places,
  batchIds: Map<string, Id>,
  userIds: Map<string, Id>,
  now: Date,
) {
  const roleModelIds = new Map<string, Id>()
  for (const [i, model] of roleModels.entries()) {
    const n = i + 1
    const villageName = villageNames.get(model.village)!
    const doc = await seeder.ensure(
      'role-models',
      inVillage(model.village, model.name),
      async () => ({
        name: model.name,
        subjectType: model.subjectType,
        category: model.category,
        village: villageIds.get(model.village),
        summary: model.summary,
        story: richText(model.story),
        batch: batchIds.get(model.batch),
        honours: model.honours,
        featuredOnHome: Boolean(model.featuredOnHome),
        featuredOnKiosk: Boolean(model.featuredOnKiosk),
        portrait: await seeder.ensureImage(`role-model-${slugify(model.name)}`, `${model.name}的照片`, () =>
          portraitJpeg(model.name, model.people ?? 1),
        ),
        photos: [
          await seeder.ensureImage(
            `role-model-${slugify(model.name)}-life`,
            `${model.name}在${villageName}`,
            () => sceneJpeg(`${model.name}-life`),
          ),
        ],
        contact: {
          phone: `138-0000-${String(n).padStart(4, '0')}`,
          idNumber: fakeIdNumber(n),
          address: `${township.name}${villageName}演示路${n}号（虚构地址）`,
        },
        consent: {
          scope: '肖像及事迹用于镇村宣传栏、门户网站和党群服务中心大屏',
          signer: model.name.replace(/家庭$/, ''),
          signedOn: '2026-06-20',
        },
        ...(model.draft
          ? {
              // Waiting for 复审, so the reviewer's queue is not empty in the demo.
              _status: 'draft',
              reviewState: 'submitted',
              reviewHistory: [
                {
                  action: 'submit',
                  from: 'draft',
                  to: 'submitted',
                  by: userIds.get('editor@yunxi.example'),
                  at: new Date(now.getTime() - 86400_000).toISOString(),
                },
              ],
            }
          : published(model.publishedAt ?? '2026-07-02T09:00:00+08:00')),
      }),
      { draft: model.draft },
    )
    roleModelIds.set(model.name, doc.id)
  }
  return roleModelIds
}

/** 政策解读: a superseding explainer is created before the one it replaces, so links are set on creation. */
async function seedPolicyExplainers(seeder: Seeder) {
  const explainerIds = new Map<string, { id: Id; topics: string[] }>()
  const byDependency = [...policies].sort(
    (a, b) => Number(Boolean(a.supersededBy)) - Number(Boolean(b.supersededBy)),
  )
  for (const policy of byDependency) {
    const related = [...explainerIds.values()]
      .filter((other) => other.topics.some((topic) => policy.topics.includes(topic)))
      .map((other) => other.id)
    const issued = new Date(`${policy.policy.issuedOn}T10:00:00+08:00`)
    const doc = await seeder.ensure(
      'policy-explainers',
      { and: [{ slug: { equals: slugify(policy.title) } }, { village: { exists: false } }] },
      () => ({
        ...policy,
        background: richText(policy.background),
        mainContent: richText(policy.mainContent),
        keyPoints: policy.keyPoints.map((text) => ({ text })),
        related,
        supersededBy: policy.supersededBy ? explainerIds.get(policy.supersededBy)?.id : undefined,
        // Published with the policy, within three working days.
        ...published(new Date(issued.getTime() + 2 * 86400_000).toISOString()),
      }),
    )
    explainerIds.set(policy.title, { id: doc.id, topics: policy.topics })
  }
  return explainerIds
}

/** 法治 / 道德大讲堂: two series and a year of lectures around the seed date. */
async function seedLectures(
  seeder: Seeder,
  { villageIds, villageNames, inVillage }: Places,
  roleModelIds: Map<string, Id>,
  explainerIds: Map<string, { id: Id; topics: string[] }>,
  now: Date,
) {
  const seriesIds = new Map<string, Id>()
  for (const series of lectureSeries) {
    const doc = await seeder.ensure(
      'lecture-series',
      { and: [{ slug: { equals: series.slug } }, { village: { exists: false } }] },
      () => ({ ...series, ...published('2025-11-20T09:00:00+08:00') }),
    )
    seriesIds.set(series.slug, doc.id)
  }
  const featuredByVillage = (village: string) =>
    roleModels.filter((m) => m.village === village && !m.draft).map((m) => m.name)
  for (const [i, lecture] of lectureSchedule(now).entries()) {
    const morality = lecture.series === 'yi-wen-hua-ren'
    const villageName = villageNames.get(lecture.village)!
    const model = morality
      ? featuredByVillage(lecture.village)[i % featuredByVillage(lecture.village).length]
      : undefined
    const explainer = !morality
      ? policies.find((p) => p.topics.some((t) => lecture.title.includes(topicWord[t] ?? '—')))
      : undefined
    await seeder.ensure('lecture-sessions', inVillage(lecture.village, lecture.title), async () => ({
      title: lecture.title,
      series: seriesIds.get(lecture.series),
      speaker: lecture.speaker,
      startsAt: lecture.startsAt.toISOString(),
      endsAt: lecture.endsAt.toISOString(),
      venue: `${villageName}党群服务中心`,
      village: villageIds.get(lecture.village),
      audience: morality ? '全体村民，欢迎带孩子参加' : '村“两委”干部、网格员和村民群众',
      summary: morality
        ? `围绕“${lecture.title}”，讲身边好人故事，谈家风村风。`
        : `${lecture.speaker.unit}${lecture.speaker.title}${lecture.speaker.name}结合真实案例，讲解“${lecture.title}”。`,
      signUpNote: '无需报名，直接到场；行动不便的老人可联系网格员接送。',
      status: lecture.held ? 'held' : 'planned',
      runningOrder: morality
        ? [
            { step: 'reflect', note: '观看短片，对照反省' },
            { step: 'sing', note: '合唱《公民道德歌》' },
            { step: 'learn-from-model', note: model ? `${model}讲述自己的故事` : undefined },
            { step: 'recite', note: '齐诵《弟子规》选段' },
            { step: 'share', note: '村民代表谈感悟' },
            { step: 'blessing', note: '向到场老人赠送吉祥卡' },
          ]
        : undefined,
      roleModels: model ? [roleModelIds.get(model)] : [],
      policyExplainers: explainer ? [explainerIds.get(explainer.title)!.id] : [],
      recap: lecture.held
        ? {
            text: richText([
              `${lecture.startsAt.getUTCMonth() === 11 ? '年末' : '本月'}的讲座在${villageName}党群服务中心举行，${lecture.speaker.name}围绕“${lecture.title}”作了讲解。`,
              morality
                ? '活动按照六个环节进行，现场气氛热烈，不少村民主动上台分享自家的故事。'
                : '讲座结束后，主讲人现场解答了村民提出的问题，并发放了普法宣传资料。',
            ]),
            attendance: 60 + ((i * 17) % 80),
            photos: [
              await seeder.ensureImage(
                `lecture-${slugify(lecture.title)}`,
                `${villageName}${lecture.title}活动现场`,
                () => sceneJpeg(lecture.title),
              ),
            ],
          }
        : undefined,
      ...published(new Date(lecture.startsAt.getTime() - 10 * 86400_000).toISOString()),
    }))
  }
}

/** 村规民约: the earlier version of a village's rules is created first, then the one that supersedes it. */
async function seedVillageRules(seeder: Seeder, { villageIds, inVillage }: Places) {
  const rulesIds = new Map<string, Id>()
  for (const rules of villageRules) {
    const slugTitle = `${rules.title}${rules.versionLabel}`
    const doc = await seeder.ensure('village-rules', inVillage(rules.village, slugTitle), () => ({
      ...rules,
      slug: slugify(slugTitle),
      village: villageIds.get(rules.village),
      chapters: rules.chapters.map((chapter) => ({
        title: chapter.title,
        articles: chapter.articles.map((text) => ({ text })),
      })),
      supersedes: rules.supersedes ? rulesIds.get(`${rules.village}/${rules.supersedes}`) : undefined,
      ...published(`${rules.adoptionSteps.at(-1)!.date}T09:00:00+08:00`),
    }))
    rulesIds.set(`${rules.village}/${rules.versionLabel}`, doc.id)
  }
}

/** 大屏: a landscape TV in 清溪村 with dayparting, a portrait totem in 桃园村. */
async function seedScreens(seeder: Seeder, { villageIds }: Places, now: Date) {
  for (const screen of demoScreens) {
    let created = false
    const doc = await seeder.ensure(
      'screens',
      { and: [{ slug: { equals: screen.slug } }, { village: { equals: villageIds.get(screen.village) } }] },
      () => {
        created = true
        return { ...screen, village: villageIds.get(screen.village) }
      },
    )
    // The month of status reports before it was seeded, so 统计 has an on-line share to show (the TV
    // was off for two days); a later run adds none, since a real screen reports its own days.
    if (!created) continue
    for (let back = 30; back >= 1; back--) {
      const date = new Date(Date.parse(`${chinaDay(now)}T00:00:00Z`) - back * 86_400_000)
      const weekday = String(date.getUTCDay() || 7)
      const minutes = screen.hours
        .filter((h) => h.weekday === weekday)
        .reduce((m, h) => m + (Number(h.off.slice(0, 2)) - Number(h.on.slice(0, 2))) * 60, 0)
      const share = screen.slug === 'da-ting-dian-shi' ? (back === 12 || back === 13 ? 0 : 0.98) : 0.9
      const reports = Math.round((minutes / 2) * share)
      const day = date.toISOString().slice(0, 10)
      if (reports > 0)
        await seeder.ensure(
          'screen-days',
          { and: [{ screen: { equals: doc.id } }, { day: { equals: day } }] },
          () => ({ screen: doc.id, day, reports }),
        )
    }
  }
}

/** The site's settings and flagged words, unless an administrator has set them. */
async function seedSettings(seeder: Seeder) {
  const settings = await seeder.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (!settings.icpNumber) {
    await seeder.payload.updateGlobal({
      slug: 'site-settings',
      data: { ...siteSettings, flaggedWords },
      overrideAccess: true,
      context: { seeding: true },
    })
    seeder.created['site-settings'] = 1
  }
}

/** Words in a lecture title that tie it to a policy topic. */
const topicWord: Record<string, string> = {
  land: '土地',
  housing: '宅基地',
  safety: '森林防火',
  pension: '养老',
}

/** An obviously fake ID number (area code 999999 does not exist) with a valid check character. */
export function fakeIdNumber(n: number): string {
  const first17 = `99999919${String(60 + (n % 30)).padStart(2, '0')}0101${String(n).padStart(3, '0')}`
  return first17 + idCheckCharacter(first17)
}
