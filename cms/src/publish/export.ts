import fs from 'node:fs/promises'
import path from 'node:path'

import * as contract from '@xiangfeng/content-schema'
import {
  type ContentType,
  contentTypeNames,
  contentTypes,
  isReviewed,
  type LinkedCollection,
} from '@xiangfeng/content-schema'
import type { Payload } from 'payload'

import { schemaOf, toPublicOf } from '../collections'
import { validateRecord } from '../collections/contractCheck'
import { BrokenDocument, PublicLinks } from '../collections/publicShape'
import { findEvery } from '../find'
import { publicSiteSettings } from '../globals/SiteSettings/public'
import { copyUpload } from '../storage'

/** Thrown when published content does not fit the public contract; nothing is written then. */
export class SnapshotError extends Error {
  constructor(readonly problems: string[]) {
    super(`The public snapshot does not validate (${problems.length} problems):\n${problems.join('\n')}`)
  }
}

/** A reviewed document left out of this export because it does not fit the contract. */
export type Withheld = { collection: string; id: string; title: string; problems: string[] }

type Docs = Record<ContentType, never[]>

/**
 * Export what an anonymous reader may see: every query runs without a user and with access
 * control on, so drafts and private fields are filtered by the same rules as the public API.
 * Each record is mapped by its collection's public shape and validated against the strict public
 * contract. A reviewed document that fails (the contract changed after it was approved, its
 * stored data cannot be read, or a file it shows is gone: `missingFiles`) is withheld and named,
 * so one document never stops the rest from publishing; anything else that fails stops the
 * export (SnapshotError).
 */
export async function exportPublic(
  payload: Payload,
  now = new Date(),
  missingFiles: ReadonlySet<string> = new Set(),
) {
  const read = (collection: Parameters<typeof findEvery>[1]) =>
    findEvery(payload, collection, { overrideAccess: false, draft: false })
  const [media, attachments, ...lists] = await Promise.all([
    read('media'),
    read('attachments'),
    ...contentTypeNames.map((name) => read(contentTypes[name].collection)),
  ])
  let docs = Object.fromEntries(contentTypeNames.map((name, i) => [name, lists[i]])) as Docs
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
  const site = validateRecord(contract.SiteSettings, publicSiteSettings(settings), [], settings)
  if (site.problems) throw new SnapshotError(site.problems.map((p) => `site-settings: ${p.message}`))

  const withheld: Withheld[] = []
  for (;;) {
    const mapped = mapLists(payload, docs, { media, attachments }, now, missingFiles)
    if (mapped.fatal.length) throw new SnapshotError(mapped.fatal)
    if (!mapped.withheld.length) {
      const snapshot = {
        formatVersion: 1 as const,
        exportedAt: now.toISOString(),
        site: site.data,
        ...mapped.records,
      }
      return { snapshot: contract.Snapshot.parse(snapshot), withheld }
    }
    // Withholding a document may leave others pointing at it: map again without it.
    withheld.push(...mapped.withheld)
    const out = new Set(mapped.withheld.map((w) => `${w.collection}/${w.id}`))
    docs = Object.fromEntries(
      contentTypeNames.map((name) => [
        name,
        docs[name].filter((d: { id: unknown }) => !out.has(`${contentTypes[name].collection}/${d.id}`)),
      ]),
    ) as Docs
  }
}

/** Every list mapped and checked once, with the links of this round. */
function mapLists(
  payload: Payload,
  docs: Docs,
  files: { media: never[]; attachments: never[] },
  now: Date,
  missingFiles: ReadonlySet<string>,
) {
  // Each list under its collection's slug: the documents other records may link to.
  const byCollection = Object.fromEntries(
    contentTypeNames.map((name) => [contentTypes[name].collection, docs[name]]),
  )
  const links = new PublicLinks(
    { ...(byCollection as Record<LinkedCollection, never[]>), ...files },
    now,
    missingFiles,
  )
  const fatal: string[] = []
  const withheld: Withheld[] = []
  const records = Object.fromEntries(
    contentTypeNames.map((name) => {
      const { collection } = contentTypes[name]
      const fields = payload.collections[collection].config.fields
      const valid: unknown[] = []
      for (const doc of docs[name]) {
        const mapped = mapOne(name, doc, links, fields)
        if (!mapped) continue
        const { id } = doc as { id: string | number }
        if (!mapped.problems) valid.push(mapped.data)
        else if (isReviewed(collection))
          withheld.push({
            collection,
            id: String(id),
            title: titleOf(doc),
            problems: mapped.problems,
          })
        else fatal.push(...mapped.problems.map((p) => `${collection} ${titleOf(doc)}: ${p}`))
      }
      return [name, valid]
    }),
  ) as { [K in ContentType]: contract.Snapshot[K] }
  return { records, fatal, withheld }
}

/**
 * One document as a checked contract record, or the problems that keep it off the portal: a
 * mapper that throws (stored data it cannot read, a file that is gone) is one such problem.
 * Undefined for a lecture of a series that is not public, which has nowhere to be listed.
 */
function mapOne(
  type: ContentType,
  doc: never,
  links: PublicLinks,
  fields: Parameters<typeof validateRecord>[2],
): { data: unknown; problems?: undefined } | { data?: undefined; problems: string[] } | undefined {
  let record: unknown
  try {
    record = toPublicOf(type)(doc, links)
  } catch (error) {
    if (error instanceof BrokenDocument) return { problems: [error.message] }
    return {
      problems: [`存储的数据无法读取（${(error as Error).message}），请打开这条内容检查修改后重新提交审核。`],
    }
  }
  if (type === 'lectureSessions' && !(record as { series?: string }).series) return undefined
  const { data, problems } = validateRecord(schemaOf(type), record, fields, doc)
  return problems ? { problems: problems.map((p) => p.message) } : { data }
}

const titleOf = (doc: unknown) => {
  const d = doc as { title?: string; name?: string; slug?: string; id: unknown }
  return d.title ?? d.name ?? d.slug ?? String(d.id)
}

export const exportSnapshot = async (payload: Payload, now = new Date()) =>
  (await exportPublic(payload, now)).snapshot

/**
 * Write the snapshot and the files it names into `dir` (snapshot.json, and public/media/ and
 * public/files/ for the site to publish as they are), through a temporary folder so a failed
 * export leaves an earlier snapshot untouched. A file storage no longer has withholds the
 * documents that show it, and the export runs again without them.
 */
export async function writeSnapshot(payload: Payload, dir: string, now = new Date()) {
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`
  await fs.mkdir(path.join(staging, 'public', 'media'), { recursive: true })
  await fs.mkdir(path.join(staging, 'public', 'files'), { recursive: true })
  const missing = new Set<string>()
  const copied = new Set<string>()
  try {
    for (;;) {
      const { snapshot, withheld } = await exportPublic(payload, now, missing)
      // Pictures and downloads alike: every `src` the snapshot names is an upload (storage.ts).
      const files = new Set<string>()
      JSON.stringify(snapshot, (key, value) => {
        if (key === 'src' && typeof value === 'string') files.add(value)
        return value
      })
      let lost = 0
      for (const src of files) {
        if (copied.has(src)) continue
        if (await copyUpload(src, path.join(staging, 'public', src))) copied.add(src)
        else {
          missing.add(src)
          lost++
        }
      }
      if (lost) continue
      // Files of documents withheld in a later round stay off the portal too.
      for (const src of copied) if (!files.has(src)) await fs.rm(path.join(staging, 'public', src))
      await fs.writeFile(path.join(staging, 'snapshot.json'), JSON.stringify(snapshot, null, 2))
      await fs.rm(dir, { recursive: true, force: true })
      await fs.rename(staging, dir)
      return { snapshot, pictures: files.size, withheld }
    }
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    throw error
  }
}
