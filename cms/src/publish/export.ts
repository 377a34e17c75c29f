import fs from 'node:fs/promises'
import path from 'node:path'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import * as contract from '@xiangfeng/content-schema'
import type { CollectionSlug, Payload } from 'payload'
import type { z } from 'zod'

import { dataDir } from '../paths'
import { type Id, idOf } from '../ids'

type Doc = Record<string, any>

/** Thrown when published content does not fit the public contract; nothing is written then. */
export class SnapshotError extends Error {
  constructor(readonly problems: string[]) {
    super(`The public snapshot does not validate (${problems.length} problems):\n${problems.join('\n')}`)
  }
}

/** A calendar date as people in China read it (date fields are stored as instants). */
const chinaDate = (value: string | null | undefined) =>
  value ? new Date(Date.parse(value) + 8 * 3600_000).toISOString().slice(0, 10) : undefined

const html = (value: unknown) =>
  value && typeof value === 'object' && 'root' in value
    ? convertLexicalToHTML({ data: value as never, disableContainer: true })
    : ''

/** zod's optional() means absent, not null: drop nulls and empty strings before validating. */
function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => [k, withoutEmpty(v)]),
    ) as T
  }
  return value
}

/**
 * Export what an anonymous reader may see: every query runs without a user and with access
 * control on, so drafts and private fields are filtered by the same rules as the public API.
 * Each record is then built field by field and validated against the strict public contract.
 */
export async function exportSnapshot(payload: Payload, now = new Date()) {
  const read = async (collection: CollectionSlug) =>
    (
      await payload.find({
        collection,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: false,
        draft: false,
      })
    ).docs as Doc[]

  const [townships, villages, media, roleModels, series, sessions, explainers, rules, screens] =
    await Promise.all([
      read('townships'),
      read('villages'),
      read('media'),
      read('role-models'),
      read('lecture-series'),
      read('lecture-sessions'),
      read('policy-explainers'),
      read('village-rules'),
      read('screens'),
    ])
  const settings = (await payload.findGlobal({
    slug: 'site-settings',
    overrideAccess: false,
    depth: 0,
  })) as Doc

  const slugs = (docs: Doc[]) => new Map(docs.map((d) => [String(d.id), d.slug as string]))
  const townshipSlug = slugs(townships)
  const villageSlug = slugs(villages)
  const seriesSlug = slugs(series)
  const roleModelSlug = slugs(roleModels)
  const explainerSlug = slugs(explainers)
  const rulesSlug = slugs(rules)
  const mediaById = new Map(media.map((m) => [String(m.id), m]))
  const idsOf = (docs: Doc[]) => new Set(docs.map((d) => String(d.id)))
  const [roleModelIds, explainerIds] = [idsOf(roleModels), idsOf(explainers)]
  /** Ids of related documents that are public; a draft or deleted one drops out. */
  const publicIds = (ids: Set<string>, values: unknown) =>
    ((values as unknown[]) ?? []).map((v) => String(idOf(v))).filter((id) => ids.has(id))

  const slugOf = (map: Map<string, string>, value: unknown) => {
    const id = idOf(value)
    return id === undefined ? undefined : map.get(String(id))
  }
  const slugsOf = (map: Map<string, string>, values: unknown) =>
    ((values as unknown[]) ?? []).map((v) => slugOf(map, v)).filter((s): s is string => Boolean(s))
  const image = (value: unknown) => {
    const doc = mediaById.get(String(idOf(value)))
    if (!doc) return undefined
    return {
      id: String(doc.id),
      src: `media/${doc.filename}`,
      alt: doc.alt,
      width: doc.width,
      height: doc.height,
      caption: doc.caption,
    }
  }
  const images = (values: unknown) =>
    ((values as unknown[]) ?? [])
      .map(image)
      .filter((i): i is NonNullable<ReturnType<typeof image>> => Boolean(i))
  const common = (d: Doc) => ({
    id: String(d.id),
    slug: d.slug,
    publishedAt: d.publishedAt ?? d.updatedAt,
    updatedAt: d.updatedAt,
  })

  const problems: string[] = []
  function valid<S extends z.ZodType>(schema: S, kind: string, records: Doc[]): z.infer<S>[] {
    const out: z.infer<S>[] = []
    for (const record of records) {
      const result = schema.safeParse(withoutEmpty(record))
      if (result.success) out.push(result.data)
      else
        for (const issue of result.error.issues) {
          problems.push(`${kind} ${record.slug ?? record.id}: ${issue.path.join('.')}: ${issue.message}`)
        }
    }
    return out
  }

  const snapshot = {
    formatVersion: 1 as const,
    exportedAt: now.toISOString(),
    site: valid(contract.SiteSettings, 'site-settings', [
      {
        siteName: settings.siteName,
        icpNumber: settings.icpNumber,
        publicSecurityNumber: settings.publicSecurityNumber,
        contactPhone: settings.contactPhone,
        contactAddress: settings.contactAddress,
      },
    ])[0],
    townships: valid(
      contract.Township,
      'township',
      townships.map((t) => ({ id: String(t.id), slug: t.slug, name: t.name, intro: t.intro })),
    ),
    villages: valid(
      contract.Village,
      'village',
      villages.map((v) => ({
        id: String(v.id),
        slug: v.slug,
        name: v.name,
        township: slugOf(townshipSlug, v.township),
        intro: v.intro,
      })),
    ),
    roleModels: valid(
      contract.RoleModel,
      'role-model',
      roleModels.map((m) => ({
        ...common(m),
        subjectType: m.subjectType,
        name: m.name,
        category: m.category,
        village: slugOf(villageSlug, m.village),
        summary: m.summary,
        story: html(m.story),
        portrait: image(m.portrait),
        photos: images(m.photos),
        honours: (m.honours ?? []).map((h: Doc) => ({
          title: h.title,
          awardedBy: h.awardedBy,
          awardedOn: chinaDate(h.awardedOn),
          level: h.level,
        })),
        batch: m.batch,
        featuredOnHome: Boolean(m.featuredOnHome),
        featuredOnKiosk: Boolean(m.featuredOnKiosk),
      })),
    ),
    lectureSeries: valid(
      contract.LectureSeries,
      'lecture-series',
      series.map((s) => ({
        ...common(s),
        name: s.name,
        kind: s.kind,
        slogan: s.slogan,
        organiser: s.organiser,
        village: slugOf(villageSlug, s.village),
        description: s.description,
      })),
    ),
    lectureSessions: valid(
      contract.LectureSession,
      'lecture-session',
      sessions
        // A session of an unpublished series has nowhere to be listed.
        .filter((s) => slugOf(seriesSlug, s.series))
        .map((s) => {
          const recapPhotos = images(s.recap?.photos)
          const recapText = html(s.recap?.text)
          const hasRecap = Boolean(recapText || s.recap?.attendance || recapPhotos.length)
          return {
            ...common(s),
            title: s.title,
            series: slugOf(seriesSlug, s.series),
            speaker: { name: s.speaker?.name, unit: s.speaker?.unit, title: s.speaker?.title },
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            venue: s.venue,
            village: slugOf(villageSlug, s.village),
            audience: s.audience,
            summary: s.summary,
            signUpNote: s.signUpNote,
            status: s.status,
            runningOrder: s.runningOrder?.length
              ? s.runningOrder.map((r: Doc) => ({ step: r.step, note: r.note }))
              : undefined,
            roleModels: slugsOf(roleModelSlug, s.roleModels),
            policyExplainers: slugsOf(explainerSlug, s.policyExplainers),
            recap: hasRecap
              ? { text: recapText, attendance: s.recap?.attendance, photos: recapPhotos }
              : undefined,
          }
        }),
    ),
    policyExplainers: valid(
      contract.PolicyExplainer,
      'policy-explainer',
      explainers.map((e) => ({
        ...common(e),
        title: e.title,
        policy: {
          title: e.policy?.title,
          documentNumber: e.policy?.documentNumber,
          issuingBody: e.policy?.issuingBody,
          issuedOn: chinaDate(e.policy?.issuedOn),
          effectiveOn: chinaDate(e.policy?.effectiveOn),
          validity: e.policy?.validity,
          indexNumber: e.policy?.indexNumber,
          originalUrl: e.policy?.originalUrl,
        },
        origin: e.origin,
        reprintSource: e.reprintSource,
        forms: e.forms ?? [],
        topics: e.topics ?? [],
        village: slugOf(villageSlug, e.village),
        summary: e.summary,
        background: html(e.background),
        mainContent: html(e.mainContent),
        appliesTo: e.appliesTo,
        changes: e.changes,
        howToAct: e.howToAct,
        keyPoints: (e.keyPoints ?? []).map((k: Doc) => k.text),
        qa: (e.qa ?? []).map((q: Doc) => ({ question: q.question, answer: q.answer })),
        related: slugsOf(explainerSlug, e.related),
        supersededBy: slugOf(explainerSlug, e.supersededBy),
        graphic: image(e.graphic),
      })),
    ),
    villageRules: valid(
      contract.VillageRules,
      'village-rules',
      rules.map((r) => ({
        ...common(r),
        village: slugOf(villageSlug, r.village),
        title: r.title,
        versionLabel: r.versionLabel,
        status: r.status,
        areas: r.areas ?? [],
        preamble: r.preamble,
        chapters: (r.chapters ?? []).map((c: Doc) => ({
          title: c.title,
          articles: (c.articles ?? []).map((a: Doc) => ({ number: a.number, text: a.text })),
        })),
        shortVersion: r.shortVersion,
        adoptionSteps: (r.adoptionSteps ?? []).map((s: Doc) => ({
          kind: s.kind,
          date: chinaDate(s.date),
          note: s.note,
        })),
        vote: r.vote?.present != null ? { ...r.vote, date: chinaDate(r.vote.date) } : undefined,
        supersedes: slugOf(rulesSlug, r.supersedes),
      })),
    ),
    screens: valid(
      contract.Screen,
      'screens',
      screens.map((d) => ({
        id: String(d.id),
        slug: d.slug,
        village: slugOf(villageSlug, d.village),
        name: d.name,
        orientation: d.orientation,
        hours: (d.hours ?? []).map((h: Doc) => ({ weekday: h.weekday, on: h.on, off: h.off })),
        dayparts: (d.dayparts ?? []).map((p: Doc) => ({
          from: p.from,
          to: p.to,
          sections: p.sections ?? [],
        })),
        featuredRoleModels: publicIds(roleModelIds, d.featuredRoleModels),
        featuredPolicies: publicIds(explainerIds, d.featuredPolicies),
        slideSeconds: d.slideSeconds,
        idleSeconds: d.idleSeconds,
      })),
    ),
  }

  if (problems.length) throw new SnapshotError(problems)
  return contract.Snapshot.parse(withoutEmpty(snapshot))
}

/**
 * Write the snapshot and the pictures it names into `dir` (snapshot.json, and public/media/ for
 * the site to publish as it is), through a
 * temporary folder so a failed export leaves an earlier snapshot untouched.
 */
export async function writeSnapshot(payload: Payload, dir: string, now = new Date()) {
  const snapshot = await exportSnapshot(payload, now)
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`
  await fs.mkdir(path.join(staging, 'public', 'media'), { recursive: true })
  const pictures = new Set<string>()
  JSON.stringify(snapshot, (key, value) => {
    if (key === 'src' && typeof value === 'string') pictures.add(value)
    return value
  })
  for (const src of pictures) {
    await fs.copyFile(path.join(dataDir(), src), path.join(staging, 'public', src))
  }
  await fs.writeFile(path.join(staging, 'snapshot.json'), JSON.stringify(snapshot, null, 2))
  await fs.rm(dir, { recursive: true, force: true })
  await fs.rename(staging, dir)
  return { snapshot, pictures: pictures.size }
}
