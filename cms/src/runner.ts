import os from 'node:os'

import type { Payload, TaskConfig, TaskHandler } from 'payload'

import { findEvery } from './find'
import type { PayloadJob } from './payload-types'

/** This process, as the records of long work (a site build, an import) name who runs it: host:pid. */
export const RUNNER = `${os.hostname()}:${process.pid}`

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether the process a record names ran on this machine and is gone (killed by a restart). Work
 * of another machine, or of a process still running, is left alone.
 */
export function runnerGone(runner: string | null | undefined): boolean {
  const [host, pid] = (runner ?? '').split(':')
  return host === os.hostname() && Number(pid) !== process.pid && !isAlive(Number(pid))
}

type JobMeta = { runner?: string } & Record<string, unknown>

/**
 * The tasks, each handler first naming this process on its job (meta.runner), so that a restart
 * can tell the jobs its dead process left `processing` from those another process is running.
 */
// `any` as Payload's own JobsConfig types its tasks: each keeps its own input type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const namingRunner = (tasks: TaskConfig<any>[]): TaskConfig<any>[] =>
  tasks.map((task) => {
    const handler = task.handler as TaskHandler<never>
    return {
      ...task,
      handler: async (args: Parameters<TaskHandler<never>>[0]) => {
        const meta = { ...((args.job.meta as JobMeta | undefined) ?? {}), runner: RUNNER }
        await args.req.payload.db.updateOne({ collection: 'payload-jobs', id: args.job.id, data: { meta } })
        return handler(args)
      },
    }
  })

/**
 * At start-up: a job whose process on this machine is gone stays `processing` for ever, and a
 * site build's, holding the build's concurrency key, would keep every later build from running.
 * Mark each one failed; the records of its work (site builds, imports) are recovered beside.
 */
export async function recoverInterruptedJobs(payload: Payload) {
  const processing = await findEvery<PayloadJob>(payload, 'payload-jobs', {
    where: { processing: { equals: true } },
  })
  const dead = processing.filter((job) => runnerGone((job.meta as JobMeta | null)?.runner))
  for (const job of dead)
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: {
        processing: false,
        hasError: true,
        completedAt: new Date().toISOString(),
        error: { message: 'Interrupted: the server restarted while this job ran.' },
      },
    })
  return dead.length
}
