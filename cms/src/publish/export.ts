import fs from 'node:fs/promises'
import path from 'node:path'

import * as contract from '@xiangfeng/content-schema'
import type { CollectionSlug, Payload } from 'payload'
import type { z } from 'zod'

import { publicLectureSeries } from '../collections/LectureSeries/public'
import { publicLectureSession } from '../collections/LectureSessions/public'
import { publicPolicyExplainer } from '../collections/PolicyExplainers/public'
import { publicRoleModel } from '../collections/RoleModels/public'
import { publicScreen } from '../collections/Screens/public'
import { publicTownship } from '../collections/Townships/public'
import { publicVillageRules } from '../collections/VillageRules/public'
import { publicVillage } from '../collections/Villages/public'
import { publicSiteSettings } from '../globals/SiteSettings/public'
import { dataDir } from '../paths'
import { PublicLinks, type PublicShape } from './publicShape'

/** Thrown when published content does not fit the public contract; nothing is written then. */
export class SnapshotError extends Error {
  constructor(readonly problems: string[]) {
    super(`The public snapshot does not validate (${problems.length} problems):\n${problems.join('\n')}`)
  }
}

/** zod's optional() means absent, not null: drop nulls and empty strings before validating. */
export function withoutEmpty<T>(value: T): T {
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

/** The snapshot's lists, each the public shape of one collection. */
const shapes = {
  townships: publicTownship,
  villages: publicVillage,
  roleModels: publicRoleModel,
  lectureSeries: publicLectureSeries,
  lectureSessions: publicLectureSession,
  policyExplainers: publicPolicyExplainer,
  villageRules: publicVillageRules,
  screens: publicScreen,
} satisfies {
  [K in Exclude<keyof contract.Snapshot, 'formatVersion' | 'exportedAt' | 'site'>]: PublicShape<
    never,
    contract.Snapshot[K][number]
  >
}
type ListName = keyof typeof shapes

/**
 * Export what an anonymous reader may see: every query runs without a user and with access
 * control on, so drafts and private fields are filtered by the same rules as the public API.
 * Each record is then mapped by its collection's public shape and validated against the strict
 * public contract.
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
    ).docs
  const names = Object.keys(shapes) as ListName[]
  const [media, ...lists] = await Promise.all([
    read('media'),
    ...names.map((name) => read(shapes[name].collection)),
  ])
  const docs = Object.fromEntries(names.map((name, i) => [name, lists[i]])) as Record<ListName, never[]>
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
  const links = new PublicLinks({
    townships: docs.townships,
    villages: docs.villages,
    'role-models': docs.roleModels,
    'lecture-series': docs.lectureSeries,
    'policy-explainers': docs.policyExplainers,
    'village-rules': docs.villageRules,
    media: media as never[],
  })

  const problems: string[] = []
  const valid = <T>(schema: z.ZodType<T>, kind: string, records: unknown[]): T[] =>
    records.flatMap((record) => {
      const result = schema.safeParse(withoutEmpty(record))
      if (result.success) return [result.data]
      const { slug, id } = record as { slug?: string; id?: string }
      for (const issue of result.error.issues)
        problems.push(`${kind} ${slug ?? id}: ${issue.path.join('.')}: ${issue.message}`)
      return []
    })
  const list = <K extends ListName>(name: K) => {
    const shape = shapes[name] as unknown as PublicShape<never, contract.Snapshot[K][number]>
    const records = docs[name].map((doc) => shape.toPublic(doc, links))
    return valid(
      shape.schema,
      shape.collection,
      // A lecture of a series that is not public has nowhere to be listed.
      name === 'lectureSessions' ? records.filter((s) => (s as { series?: string }).series) : records,
    )
  }

  const snapshot = {
    formatVersion: 1 as const,
    exportedAt: now.toISOString(),
    site: valid(contract.SiteSettings, 'site-settings', [publicSiteSettings(settings)])[0],
    townships: list('townships'),
    villages: list('villages'),
    roleModels: list('roleModels'),
    lectureSeries: list('lectureSeries'),
    lectureSessions: list('lectureSessions'),
    policyExplainers: list('policyExplainers'),
    villageRules: list('villageRules'),
    screens: list('screens'),
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
