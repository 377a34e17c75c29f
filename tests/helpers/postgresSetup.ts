import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { seededTemplate, startPostgres } from './postgres'
import { prepare } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The postgres project's cluster, on loopback: each suite makes a database of its own on it. */
    postgresPort: number
    /** The seeded demo's uploads; its database is the cluster's template `seeded`. */
    seededPostgresDataDir: string
  }
}

/**
 * The `postgres` project's one cluster for the run, started from Debian's server programs and
 * removed after; the seeded demo township in its template database, made once as on SQLite.
 */
export default async function setup(project: TestProject) {
  const cluster = await startPostgres()
  const seededDataDir = path.join(cluster.dir, 'seeded-uploads')
  try {
    fs.mkdirSync(seededDataDir)
    await cluster.query(`CREATE DATABASE ${seededTemplate}`)
    await prepare('seed', seededDataDir, cluster.url(seededTemplate))
  } catch (error) {
    await cluster.remove()
    throw error
  }
  project.provide('postgresPort', cluster.port)
  project.provide('seededPostgresDataDir', seededDataDir)
  return () => cluster.remove()
}
