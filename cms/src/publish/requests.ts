import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  TaskConfig,
} from 'payload'

import { chinaDay } from '@xiangfeng/content-schema/china'

import { writeContext } from '../context'
import { labelText } from '../fields/labels'

/** The jobs of one portal build share this concurrency key (payload.config.ts). */
export const SITE_BUILD_KEY = 'portal'

/**
 * Ask for a portal rebuild. Each build exports everything published when it starts, so the jobs
 * queue keeps one waiting at most (the task's `supersedes`): a burst of publishes, however spread
 * over a running build, gives the build already running plus one.
 */
export async function requestSiteBuild(payload: Payload, trigger: string) {
  await payload.jobs.queue({ task: 'publishSite', queue: 'site', input: { trigger } })
  runSiteBuildsSoon(payload)
}

let timer: ReturnType<typeof setTimeout> | undefined
/**
 * Start a waiting build right away rather than at the next minute of the job schedule: after a
 * request, when the server starts (npm start queues a rebuild before it), and after each build,
 * for the one that waited behind it. Only a process that runs jobs does.
 */
export function runSiteBuildsSoon(payload: Payload) {
  if (process.env.XIANGFENG_JOBS === 'off') return
  clearTimeout(timer)
  timer = setTimeout(async () => {
    try {
      const { jobStatus } = await payload.jobs.run({ queue: 'site', limit: 1 })
      if (Object.keys(jobStatus ?? {}).length) runSiteBuildsSoon(payload)
    } catch (error) {
      payload.logger.error(`Site build run failed: ${error}`)
    }
  }, 300)
}

/**
 * No rebuild for the seed (it writes many documents at once; the start command builds once
 * afterwards) nor for a screen's status report (it changes nothing on its kiosk pages).
 */
const skip = (context: Record<string, unknown>) =>
  Boolean(writeContext(context).seeding || writeContext(context).statusReport)

const isLive = async (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  (
    (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
      _status?: string
    } | null
  )?._status === 'published'

/** A document as the build records name it: 「王桂兰」（好榜样）. */
const named = (collection: SanitizedCollectionConfig, doc: Record<string, unknown>) => {
  const titleField = collection.admin?.useAsTitle
  const title = (titleField && titleField !== 'id' ? doc[titleField] : undefined) ?? doc.title ?? doc.name
  const kind = labelText(collection.labels?.singular, collection.slug)
  return typeof title === 'string' && title ? `「${title.slice(0, 60)}」（${kind}）` : `${kind} ${doc.id}`
}

/** Whether the document was live before this write: the versions alone cannot tell a new draft from an unpublish. */
export const noteLiveBeforeChange: CollectionBeforeChangeHook = async ({
  originalDoc,
  operation,
  collection,
  req,
  context,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    writeContext(context).wasLive = await isLive(req, collection.slug, originalDoc.id)
  }
}

/** Rebuild when a published document changes, is unpublished, or a public place changes. */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, collection, req, context }) => {
  if (skip(context)) return doc
  if (!collection.versions?.drafts || doc._status === 'published') {
    await requestSiteBuild(req.payload, `发布/修改${named(collection, doc)}`)
  } else if (writeContext(context).wasLive && !(await isLive(req, collection.slug, doc.id))) {
    // A new draft of a live document leaves it live; only taking it offline changes the site.
    await requestSiteBuild(req.payload, `撤下${named(collection, doc)}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  if (skip(context)) return doc
  if (!collection.versions?.drafts || doc._status === 'published') {
    await requestSiteBuild(req.payload, `删除${named(collection, doc)}`)
  }
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req, context }) => {
  // A draft leaves the live values as they are.
  if (!skip(context) && (!global.versions || doc._status !== 'draft'))
    await requestSiteBuild(req.payload, `修改${labelText(global.label, global.slug)}`)
  return doc
}

/**
 * A public collection whose changes the portal shows: a rebuild after each change that reaches
 * the public (with drafts, only publishing and unpublishing do).
 */
export const rebuildsPortal = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [
      ...(collection.hooks?.beforeChange ?? []),
      ...(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts
        ? [noteLiveBeforeChange]
        : []),
    ],
    afterChange: [...(collection.hooks?.afterChange ?? []), rebuildAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), rebuildAfterDelete],
  },
})

export const rebuildsPortalGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), rebuildAfterGlobalChange] },
})

type BeforeSchedule = NonNullable<
  NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']
>

/**
 * Rebuild the portal when what it shows changes with time alone, even when nothing is published:
 * pages say what day it is and list this week's lectures (a new China day, whatever the server's
 * time zone), and a notice's banner and place in the lists begin and end at its own moments. Asked
 * every minute; it schedules a build when the live one was made before such a moment that has
 * now passed.
 */
export const rebuildWhenDue: BeforeSchedule = async (args) => {
  const { payload } = args.req
  const latest = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'succeeded' } },
    sort: '-startedAt',
    limit: 1,
    overrideAccess: true,
  })
  // A build waiting to start exports everything when it does: a scheduled one would only replace
  // it and wait for the next minute.
  const { totalDocs: waiting } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { concurrencyKey: { equals: SITE_BUILD_KEY } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    overrideAccess: true,
  })
  if (waiting) return { shouldSchedule: false }
  const builtAt = latest.docs[0]?.startedAt
  const trigger = builtAt ? await dueSince(payload, new Date(builtAt), new Date()) : '首次生成'
  if (!trigger) return { shouldSchedule: false }
  const { shouldSchedule } = await args.defaultBeforeSchedule(args)
  return { shouldSchedule, input: { trigger } }
}

/** Why the portal built at `builtAt` is out of date at `now` with nothing published; undefined when it is not. */
export async function dueSince(payload: Payload, builtAt: Date, now: Date): Promise<string | undefined> {
  if (chinaDay(builtAt) !== chinaDay(now)) return '每日更新（日期、本周讲堂）'
  const between = { greater_than: builtAt.toISOString(), less_than_equal: now.toISOString() }
  const { totalDocs } = await payload.count({
    collection: 'notices',
    where: {
      and: [{ _status: { equals: 'published' } }, { or: [{ validFrom: between }, { validUntil: between }] }],
    },
    overrideAccess: true,
  })
  return totalDocs > 0 ? '通知生效或到期' : undefined
}
