/** What the benchmarks share: runs, medians and a timed child process with its peak memory. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Runs after the warm-up: BENCH_RUNS, at least 3. */
export const RUNS = Math.max(3, Number(process.env.BENCH_RUNS || 3))
const PEAK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peakMemory.cjs')

/** Median and spread of samples: "12.3 (11.9–12.8)". */
export const summary = (values: number[], digits = 1) => {
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return `${median.toFixed(digits)} (${sorted[0].toFixed(digits)}–${sorted.at(-1)!.toFixed(digits)})`
}
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export type Run = { seconds: number; peakMiB: number }

/** A Node command timed, with its peak resident memory (peakMemory.cjs). */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<Run & { log: string }>((resolve, reject) => {
    const started = Date.now()
    let log = ''
    const env = { ...options.env, NODE_OPTIONS: `${options.env.NODE_OPTIONS ?? ''} --require ${PEAK}` }
    const child = spawn(command, args, { ...options, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (c) => (log += c))
    child.stderr.on('data', (c) => (log += c))
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(log.slice(-3000)))
      resolve({
        seconds: (Date.now() - started) / 1000,
        peakMiB: Number(/PEAK_KB=(\d+)/.exec(log)![1]) / 1024,
        log,
      })
    })
  })
}
