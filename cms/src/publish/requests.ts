import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
} from 'payload'

import type { ReviewContext } from '../workflow/guard'

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
      ],
    },
    overrideAccess: true,
  })
  if (waiting === 0) await payload.jobs.queue({ task: 'publishSite', queue: 'site', input: { trigger } })
  if (process.env.XIANGFENG_JOBS !== 'off') runSoon(payload)
  return { queued: waiting === 0 }
}

let timer: ReturnType<typeof setTimeout> | undefined
/** Start the build right away rather than at the next minute of the job schedule. */
function runSoon(payload: Payload) {
  clearTimeout(timer)
  timer = setTimeout(() => {
    payload.jobs
      .run({ queue: 'site' })
      .catch((error) => payload.logger.error(`Site build run failed: ${error}`))
  }, 300)
}

const skip = (context: ReviewContext) => Boolean(context.seeding)

/** Rebuild when a published document changes, is unpublished, or a public place changes. */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  collection,
  req,
  context,
}) => {
  if (skip(context as ReviewContext)) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (!drafts || doc._status === 'published' || previousDoc?._status === 'published') {
    const what = doc._status === 'published' || !drafts ? '发布/修改' : '撤下'
    await requestSiteBuild(req.payload, `${what} ${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  if (skip(context as ReviewContext)) return doc
  if (!collection.versions?.drafts || doc._status === 'published') {
    await requestSiteBuild(req.payload, `删除 ${collection.slug} ${doc.id}`)
  }
  return doc
}

export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req, context }) => {
  if (!skip(context as ReviewContext)) await requestSiteBuild(req.payload, `修改 ${global.slug}`)
  return doc
}
