import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  TaskConfig,
} from 'payload'

import { chinaDay } from '@xiangfeng/content-schema/china'

import { writeContext } from '../context'

/**
 * Ask for a portal rebuild. A build that is still waiting will export everything published when
 * it starts, so later requests join it instead of adding builds: a burst of publishes gives at
 * most the build already running plus one.
 */
export async function requestSiteBuild(payload: Payload, trigger: string) {
  const { totalDocs: waiting } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'publishSite' } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        // The daily rebuild waits for its hour; a publish does not wait with it.
        {
          or: [
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: new Date().toISOString() } },
          ],
        },
      ],
    },
    overrideAccess: true,
  })
  if (waiting === 0) await payload.jobs.queue({ task: 'publishSite', queue: 'site', input: { trigger } })
  runSiteBuildsSoon(payload)
  return { queued: waiting === 0 }
}

let timer: ReturnType<typeof setTimeout> | undefined
/**
 * Start a waiting build right away rather than at the next minute of the job schedule: after a
 * request, and when the server starts (npm start queues a rebuild before it). Only a process that
 * runs jobs does.
 */
export function runSiteBuildsSoon(payload: Payload) {
  if (process.env.XIANGFENG_JOBS === 'off') return
  clearTimeout(timer)
  timer = setTimeout(() => {
    payload.jobs
      .run({ queue: 'site' })
      .catch((error) => payload.logger.error(`Site build run failed: ${error}`))
  }, 300)
}

/** The seed writes many documents at once; the start command builds once afterwards. */
const skip = (context: Record<string, unknown>) => Boolean(writeContext(context).seeding)

const isLive = async (req: PayloadRequest, collection: CollectionSlug, id: unknown) =>
  (
    (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
      _status?: string
    } | null
  )?._status === 'published'

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
    await requestSiteBuild(req.payload, `发布/修改 ${collection.slug} ${doc.id}`)
  } else if (writeContext(context).wasLive && !(await isLive(req, collection.slug, doc.id))) {
    // A new draft of a live document leaves it live; only taking it offline changes the site.
    await requestSiteBuild(req.payload, `撤下 ${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  if (skip(context)) return doc
  if (!collection.versions?.drafts || doc._status === 'published') {
    await requestSiteBuild(req.payload, `删除 ${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req, context }) => {
  if (!skip(context)) await requestSiteBuild(req.payload, `修改 ${global.slug}`)
  return doc
}

type BeforeSchedule = NonNullable<
  NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']
>

/**
 * Pages say what day it is and list this week's lectures, so the portal is rebuilt once a day
 * even when nothing is published: an hourly check schedules a build when the live one was made on
 * an earlier day (China time, whatever the server's time zone).
 */
export const rebuildOnNewDay: BeforeSchedule = async (args) => {
  const latest = await args.req.payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'succeeded' } },
    sort: '-startedAt',
    limit: 1,
    overrideAccess: true,
  })
  const builtAt = latest.docs[0]?.startedAt
  if (builtAt && chinaDay(new Date(builtAt)) === chinaDay(new Date())) return { shouldSchedule: false }
  const { shouldSchedule } = await args.defaultBeforeSchedule(args)
  return { shouldSchedule, input: { trigger: '每日更新（日期、本周讲堂）' } }
}
