import os from 'node:os'

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
