/**
 * The public contract: the only records and fields that may leave the CMS.
 * Every object is strict, so a field that is not named here (a phone number, an ID number,
 * a consent record) makes validation fail instead of slipping through.
 */
import { z } from 'zod'

import type { ContentType } from './contentTypes'
import {
  adoptionStepKinds,
  explainerForms,
  explainerOrigins,
  honourLevels,
  lectureSeriesKinds,
  lectureStatuses,
  meetingTypes,
  moralityLectureSteps,
  policyTopics,
  policyValidity,
  roleModelCategories,
  subjectTypes,
  valuesOf,
  villageRulesAreas,
  villageRulesStatuses,
  kioskSections,
  noticeKinds,
  gridRoles,
  conductCategories,
  screenOrientations,
  weekdays,
} from './vocabularies'
import { TIME_PATTERN } from './screens'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

/**
 * Words the portal's addresses use where a village slug also goes: /lectures/month/… beside
 * /lectures/<village>/…, and 'zhen' for township-wide content. No village may be called so.
 */
export const RESERVED_VILLAGE_SLUGS: readonly string[] = [
  'zhen',
  'category',
  'village',
  'series',
  'month',
  'topic',
  'batch',
]
const isoDateTime = z.iso.datetime({ offset: true })
const isoDate = z.iso.date()
/** Rich text leaves the CMS as sanitised HTML. */
const html = z.string()

const published = {
  id: z.string(),
  slug,
  /** When it was first published; never backdated without a logged reason. */
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
}

export const PublicImage = z
  .object({
    id: z.string(),
    src: z.string(),
    alt: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    caption: z.string().optional(),
  })
  .strict()

/** A document to download (a notice's PDF): the file the snapshot carries, and what to call it. */
export const PublicFile = z
  .object({
    id: z.string(),
    src: z.string().regex(/^files\/[^/]+\.pdf$/i),
    title: z.string().min(1),
    bytes: z.number().int().positive(),
  })
  .strict()

export const Township = z
  .object({ id: z.string(), slug, name: z.string().min(1), intro: z.string().optional() })
  .strict()

export const Village = z
  .object({
    id: z.string(),
    slug: slug.refine((s) => !RESERVED_VILLAGE_SLUGS.includes(s), 'reserved for a portal address'),
    name: z.string().min(1),
    township: slug,
    intro: z.string().optional(),
  })
  .strict()

export const Honour = z
  .object({
    title: z.string().min(1),
    awardedBy: z.string().min(1),
    awardedOn: isoDate,
    level: z.enum(valuesOf(honourLevels)),
  })
  .strict()

export const RoleModel = z
  .object({
    ...published,
    subjectType: z.enum(valuesOf(subjectTypes)),
    name: z.string().min(1),
    category: z.enum(valuesOf(roleModelCategories)),
    /** Village slug; absent for a township-wide profile. */
    village: slug.optional(),
    summary: z.string().min(1).max(300),
    /** The full story; a profile may be published with its summary alone. */
    story: html.optional(),
    portrait: PublicImage.optional(),
    photos: z.array(PublicImage),
    honours: z.array(Honour),
    /** The id of the selection batch that named this role model, when that batch is public. */
    batch: z.string().optional(),
    featuredOnHome: z.boolean(),
    featuredOnKiosk: z.boolean(),
  })
  .strict()

/** 评选批次: role models named together, with the public notice (公示) before the list is final. */
export const SelectionBatch = z
  .object({
    ...published,
    title: z.string().min(1),
    village: slug.optional(),
    announcedOn: isoDate,
    issuedBy: z.string().min(1),
    intro: z.string().optional(),
    notice: z
      .object({ startsOn: isoDate, endsOn: isoDate, objectionsTo: z.string().min(1) })
      .strict()
      .refine((n) => n.endsOn >= n.startsOn, {
        message: 'the notice ends before it starts',
        path: ['endsOn'],
        params: { zh: '不能早于公示开始日期。' },
      })
      .optional(),
    featuredOnKiosk: z.boolean(),
  })
  .strict()

/**
 * 通知公告 / 倡议书: valid from a moment, usually until one. An urgent notice must say when it
 * ends, since it takes over every page and screen of its scope until then.
 */
export const Notice = z
  .object({
    ...published,
    title: z.string().min(1),
    kind: z.enum(valuesOf(noticeKinds)),
    village: slug.optional(),
    issuedBy: z.string().min(1),
    body: html,
    validFrom: isoDateTime,
    validUntil: isoDateTime.optional(),
    urgent: z.boolean(),
    attachment: PublicFile.optional(),
  })
  .strict()
  // `params.zh` is what the CMS tells an editor (contractCheck.ts); the message is for logs.
  .refine((n) => !n.validUntil || Date.parse(n.validUntil) > Date.parse(n.validFrom), {
    message: 'the notice ends before it starts',
    path: ['validUntil'],
    params: { zh: '必须晚于生效时间。' },
  })
  .refine((n) => !n.urgent || n.validUntil, {
    message: 'an urgent notice needs an end',
    path: ['validUntil'],
    params: { zh: '紧急通知必须填写：到期后网站横幅和大屏自动撤下。' },
  })

/** A Chinese phone number as people write it: a mobile (138-0000-0001) or a landline with its area code. */
export const PHONE_PATTERN = /^(1[3-9]\d-?\d{4}-?\d{4}|0\d{2,3}-?\d{7,8})$/

export const GridWorker = z
  .object({
    name: z.string().min(1),
    role: z.enum(valuesOf(gridRoles)),
    photo: PublicImage.optional(),
    /**
     * The one personal contact the contract lets out, and only as the holder's consent allows: the
     * CMS exports it when the record says the person agreed to publish their work phone, and keeps
     * the consent itself. The build's privacy scan allows exactly these numbers.
     */
    workPhone: z.string().regex(PHONE_PATTERN).optional(),
  })
  .strict()

/** 网格: a village's grid, who looks after it, and how to raise a matter (说事码). */
export const Grid = z
  .object({
    ...published,
    village: slug,
    name: z.string().min(1),
    area: z.string().min(1),
    households: z.number().int().positive().optional(),
    workers: z.array(GridWorker).min(1),
    /** What the 说事码 QR opens: the township's form (https), or a published work phone as tel:. */
    raiseMatter: z.union([z.url({ protocol: /^https$/ }), z.string().regex(/^tel:[\d-]+$/)]).optional(),
  })
  .strict()
  .refine(
    (g) =>
      !g.raiseMatter?.startsWith('tel:') || g.workers.some((w) => `tel:${w.workPhone}` === g.raiseMatter),
    { message: 'a tel: 说事码 must call a published work phone', path: ['raiseMatter'] },
  )

const article = z.number().int().positive()

/**
 * 积分红黑榜: a village's board for a month. The red list names a household only with its consent
 * (the CMS keeps the consent); otherwise it reads e.g. 三组某户. The black list has no place for a
 * name at all: kinds of conduct and how many households, each tied to the rules' article.
 */
export const PointsBoard = z
  .object({
    ...published,
    village: slug,
    /** 2026-11 */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    /** The village rules the articles are of. */
    rules: slug.optional(),
    intro: z.string().optional(),
    redList: z.array(
      z
        .object({
          /** The household's name, present only because it agreed to be named. */
          household: z.string().min(1).optional(),
          /** Where the household lives (三组), which the list shows when it is not named. */
          group: z.string().min(1),
          points: z.number().int().nonnegative(),
          deeds: z.string().min(1),
          article: article.optional(),
        })
        .strict(),
    ),
    blackList: z.array(
      z
        .object({
          category: z.enum(valuesOf(conductCategories)),
          households: z.number().int().positive(),
          article: article.optional(),
        })
        .strict(),
    ),
  })
  .strict()

/** Every personal phone number a snapshot may publish: the work phones their holders agreed to. */
export const consentedPhones = (snapshot: { grids: Grid[] }) =>
  snapshot.grids.flatMap((g) => g.workers.flatMap((w) => (w.workPhone ? [w.workPhone] : [])))

export const LectureSeries = z
  .object({
    ...published,
    name: z.string().min(1),
    kind: z.enum(valuesOf(lectureSeriesKinds)),
    slogan: z.string().optional(),
    organiser: z.string().min(1),
    village: slug.optional(),
    description: z.string().optional(),
  })
  .strict()

export const Speaker = z
  .object({ name: z.string().min(1), unit: z.string().optional(), title: z.string().optional() })
  .strict()

export const LectureSession = z
  .object({
    ...published,
    title: z.string().min(1),
    series: slug,
    speaker: Speaker,
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    venue: z.string().min(1),
    village: slug.optional(),
    audience: z.string().optional(),
    summary: z.string().optional(),
    signUpNote: z.string().optional(),
    status: z.enum(valuesOf(lectureStatuses)),
    runningOrder: z
      .array(z.object({ step: z.enum(valuesOf(moralityLectureSteps)), note: z.string().optional() }).strict())
      .optional(),
    roleModels: z.array(slug),
    policyExplainers: z.array(slug),
    recap: z
      .object({
        text: html.optional(),
        attendance: z.number().int().nonnegative().optional(),
        photos: z.array(PublicImage),
      })
      .strict()
      .optional(),
  })
  .strict()

export const PolicyDocument = z
  .object({
    title: z.string().min(1),
    documentNumber: z.string().optional(),
    issuingBody: z.string().min(1),
    issuedOn: isoDate,
    effectiveOn: isoDate.optional(),
    /** The document's last valid day, when it has one: after it the explainer is exported as expired. */
    expiresOn: isoDate.optional(),
    validity: z.enum(valuesOf(policyValidity)),
    indexNumber: z.string().optional(),
    // http(s) only: a javascript: address is a URL too.
    originalUrl: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict()

export const PolicyExplainer = z
  .object({
    ...published,
    title: z.string().min(1),
    policy: PolicyDocument,
    origin: z.enum(valuesOf(explainerOrigins)),
    reprintSource: z.string().optional(),
    forms: z.array(z.enum(valuesOf(explainerForms))),
    topics: z.array(z.enum(valuesOf(policyTopics))).min(1),
    village: slug.optional(),
    summary: z.string().min(1),
    background: html.optional(),
    mainContent: html,
    appliesTo: z.string().optional(),
    changes: z.string().optional(),
    howToAct: z
      .object({
        office: z.string().optional(),
        conditions: z.string().optional(),
        materials: z.string().optional(),
        steps: z.string().optional(),
        deadline: z.string().optional(),
      })
      .strict()
      .optional(),
    keyPoints: z.array(z.string().min(1)),
    qa: z.array(z.object({ question: z.string().min(1), answer: z.string().min(1) }).strict()),
    related: z.array(slug),
    supersededBy: slug.optional(),
    graphic: PublicImage.optional(),
  })
  .strict()

export const VillageRules = z
  .object({
    ...published,
    village: slug,
    title: z.string().min(1),
    versionLabel: z.string().min(1),
    status: z.enum(valuesOf(villageRulesStatuses)),
    areas: z.array(z.enum(valuesOf(villageRulesAreas))),
    preamble: z.string().optional(),
    chapters: z
      .array(
        z
          .object({
            title: z.string().min(1),
            articles: z
              .array(z.object({ number: z.number().int().positive(), text: z.string().min(1) }).strict())
              .min(1),
          })
          .strict(),
      )
      .min(1),
    shortVersion: z.string().optional(),
    adoptionSteps: z.array(
      z
        .object({ kind: z.enum(valuesOf(adoptionStepKinds)), date: isoDate, note: z.string().optional() })
        .strict(),
    ),
    /** Vote counts are public; lists of names are not. */
    vote: z
      .object({
        meetingType: z.enum(valuesOf(meetingTypes)),
        date: isoDate,
        eligible: z.number().int().nonnegative(),
        present: z.number().int().nonnegative(),
        for: z.number().int().nonnegative(),
        against: z.number().int().nonnegative(),
        abstain: z.number().int().nonnegative(),
      })
      .strict()
      .optional(),
    supersedes: slug.optional(),
  })
  .strict()

export const SiteSettings = z
  .object({
    siteName: z.string().min(1),
    icpNumber: z.string().optional(),
    publicSecurityNumber: z.string().optional(),
    contactPhone: z.string().optional(),
    contactAddress: z.string().optional(),
  })
  .strict()

const time = z.string().regex(TIME_PATTERN)

/**
 * A village screen's settings as its kiosk page needs them. Its access key and its reported
 * status stay in the CMS.
 */
export const Screen = z
  .object({
    id: z.string(),
    slug,
    village: slug,
    name: z.string().min(1),
    orientation: z.enum(valuesOf(screenOrientations)),
    hours: z.array(z.object({ weekday: z.enum(valuesOf(weekdays)), on: time, off: time }).strict()),
    dayparts: z.array(
      z.object({ from: time, to: time, sections: z.array(z.enum(valuesOf(kioskSections))).min(1) }).strict(),
    ),
    /** Role model and policy explainer ids; empty means the ones marked for kiosks. */
    featuredRoleModels: z.array(z.string()),
    featuredPolicies: z.array(z.string()),
    slideSeconds: z.number().int().min(5).max(120),
    idleSeconds: z.number().int().min(20).max(600),
  })
  .strict()

export type PublicImage = z.infer<typeof PublicImage>
export type Township = z.infer<typeof Township>
export type Village = z.infer<typeof Village>
export type Honour = z.infer<typeof Honour>
export type RoleModel = z.infer<typeof RoleModel>
export type SelectionBatch = z.infer<typeof SelectionBatch>
export type PublicFile = z.infer<typeof PublicFile>
export type GridWorker = z.infer<typeof GridWorker>
export type Grid = z.infer<typeof Grid>
export type PointsBoard = z.infer<typeof PointsBoard>
export type Notice = z.infer<typeof Notice>
export type LectureSeries = z.infer<typeof LectureSeries>
export type LectureSession = z.infer<typeof LectureSession>
export type PolicyExplainer = z.infer<typeof PolicyExplainer>
export type VillageRules = z.infer<typeof VillageRules>
export type PolicyDocument = z.infer<typeof PolicyDocument>
export type SiteSettings = z.infer<typeof SiteSettings>
export type Screen = z.infer<typeof Screen>

/** Everything the site is built from: one export of the published content. */
export const Snapshot = z
  .object({
    formatVersion: z.literal(1),
    exportedAt: isoDateTime,
    site: SiteSettings,
    townships: z.array(Township),
    villages: z.array(Village),
    roleModels: z.array(RoleModel),
    selectionBatches: z.array(SelectionBatch),
    notices: z.array(Notice),
    grids: z.array(Grid),
    pointsBoards: z.array(PointsBoard),
    lectureSeries: z.array(LectureSeries),
    lectureSessions: z.array(LectureSession),
    policyExplainers: z.array(PolicyExplainer),
    villageRules: z.array(VillageRules),
    screens: z.array(Screen),
  })
  .strict()

export type Snapshot = z.infer<typeof Snapshot>

/** The snapshot's lists: one per content type, and nothing else. */
export type SnapshotList = Exclude<keyof Snapshot, 'formatVersion' | 'exportedAt' | 'site'>
/** The record of one content type, as the contract defines it. */
export type RecordOf<K extends ContentType> = Snapshot[K][number]
// A content type without its list in the snapshot, or a list that is no content type, fails here.
void (true satisfies [SnapshotList] extends [ContentType]
  ? [ContentType] extends [SnapshotList]
    ? true
    : never
  : never)

/**
 * A policy document's validity on a China day: a current document whose last valid day has passed
 * has expired, whatever the editor last set.
 */
export const validityOn = (
  policy: { validity: string; expiresOn?: string | null },
  day: string,
): PolicyDocument['validity'] =>
  (policy.validity === 'current' && policy.expiresOn && policy.expiresOn < day
    ? 'expired'
    : policy.validity) as PolicyDocument['validity']
