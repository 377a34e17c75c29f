import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'
import { inject } from 'vitest'

import { townshipRoles } from '@xiangfeng/cms/access/roles'
import { guardRequests } from '@xiangfeng/cms/api/guard'
import { postgresAt, seededTemplate } from './postgres'

export type TestCms = {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  /** Its DATABASE_URL, for a second process on the same database. */
  databaseUrl: string
  close: (options?: { keepData?: boolean }) => Promise<void>
}

/**
 * The database these tests run on: the embedded SQLite; PostgreSQL in the `postgres` project (a
 * cluster its globalSetup starts), MongoDB in the `mongodb` project that vitest.config.ts adds when
 * MONGODB_URL is set. On a server database each suite gets a database of its own, dropped after.
 */
export const testDatabase =
  (['postgres', 'mongodb'] as const).find((name) => name === process.env.XIANGFENG_TEST_DATABASE) ?? 'sqlite'

let postgresDatabases = 0

/** A new database on the postgres project's cluster: empty, or a copy of the seeded template. */
export async function postgresDatabase({ seeded = false } = {}): Promise<string> {
  const cluster = postgresAt(inject('postgresPort'))
  const name = `test_${process.pid}_${++postgresDatabases}`
  await cluster.query(`CREATE DATABASE ${name}${seeded ? ` TEMPLATE ${seededTemplate}` : ''}`)
  return cluster.url(name)
}

async function dropPostgresDatabase(url: string) {
  const name = new URL(url).pathname.slice(1)
  await postgresAt(inject('postgresPort')).query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
}

function mongoDatabaseUrl(): string {
  const url = new URL(process.env.MONGODB_URL!)
  url.pathname = `/xiangfeng-test-${process.pid}-${Date.now()}`
  return url.toString()
}

/**
 * A real Payload on a fresh database in a temporary directory, migrated from the committed
 * migrations exactly as `npm start` does it. `seeded`: with the demo township, copied from the
 * database globalSetup seeded once (SQLite) or seeded here (MongoDB).
 */
export async function startCms({
  databaseUrl,
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-test-')),
  seeded = false,
}: { databaseUrl?: string; dataDir?: string; seeded?: boolean } = {}): Promise<TestCms> {
  const mongo = !databaseUrl && testDatabase === 'mongodb'
  const postgres = !databaseUrl && testDatabase === 'postgres'
  if (seeded && !mongo)
    fs.cpSync(inject(postgres ? 'seededPostgresDataDir' : 'seededDataDir'), dataDir, { recursive: true })
  fs.mkdirSync(dataDir, { recursive: true })
  process.env.XIANGFENG_DATA_DIR = dataDir
  process.env.DATABASE_URL =
    databaseUrl ??
    (mongo
      ? mongoDatabaseUrl()
      : postgres
        ? await postgresDatabase({ seeded })
        : `file:${path.join(dataDir, 'test.db')}`)
  const url = process.env.DATABASE_URL!
  process.env.PAYLOAD_SECRET = 'test-secret'
  // Tests run due jobs themselves (payload.jobs.run), never on a timer.
  process.env.XIANGFENG_JOBS = 'off'
  const { getPayload } = await import('payload')
  const config = await (await import('@xiangfeng/cms/payload.config')).default
  const payload = await getPayload({ config })
  if (seeded && mongo) {
    const { seed } = await import('@xiangfeng/cms/seed')
    await seed(payload)
  }
  return {
    payload,
    config,
    dataDir,
    databaseUrl: url,
    close: async ({ keepData = false } = {}) => {
      if (mongo && !keepData) {
        const db = payload.db as { connection?: { dropDatabase?: () => Promise<unknown> } }
        await db.connection?.dropDatabase?.()
      }
      await payload.destroy()
      // Payload's destroy leaves PostgreSQL's pool open, and the adapter keeps one client checked
      // out for good (its reconnect watch), so the pool's end never settles: it closes the idle
      // clients, and dropping the database ends that one (its error is expected, not uncaught).
      const pool = (
        payload.db as { pool?: { on: (e: 'error', f: () => void) => void; end: () => Promise<void> } }
      ).pool
      pool?.on('error', () => undefined)
      void pool?.end()
      if (postgres && !keepData) await dropPostgresDatabase(url)
      if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Requests that go through Payload's real REST and GraphQL route handlers, as Next serves them. */
export async function apiClient(config: SanitizedConfig | Promise<SanitizedConfig>) {
  const routes = await import('@payloadcms/next/routes')
  // As cms/src/app/(payload)/api/[...slug]/route.ts serves them.
  const handlers = {
    GET: routes.REST_GET(config),
    POST: guardRequests(routes.REST_POST(config)),
    PATCH: guardRequests(routes.REST_PATCH(config)),
    DELETE: routes.REST_DELETE(config),
  }
  const graphql = routes.GRAPHQL_POST(config)
  const base = 'http://localhost:3000/api'

  /** The handler's own Response: a FormData body goes as multipart, a string as it is, else as JSON. */
  async function request(
    method: keyof typeof handlers,
    pathAndQuery: string,
    init: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const url = new URL(`${base}${pathAndQuery}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const form = init.body instanceof FormData
    const headers = new Headers({ ...(form ? {} : { 'content-type': 'application/json' }), ...init.headers })
    if (init.token) headers.set('authorization', `JWT ${init.token}`)
    const body =
      init.body === undefined
        ? undefined
        : form || typeof init.body === 'string'
          ? (init.body as BodyInit)
          : JSON.stringify(init.body)
    return handlers[method](new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
  }

  async function rest(
    method: keyof typeof handlers,
    pathAndQuery: string,
    init: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const response = await request(method, pathAndQuery, init)
    return { status: response.status, body: (await response.json()) as any }
  }

  return {
    request,
    get: (p: string, init?: { token?: string }) => rest('GET', p, init),
    post: (p: string, body: unknown, init?: { token?: string; headers?: Record<string, string> }) =>
      rest('POST', p, { ...init, body }),
    patch: (p: string, body: unknown, init?: { token?: string }) => rest('PATCH', p, { ...init, body }),
    delete: (p: string, init?: { token?: string }) => rest('DELETE', p, init),
    async graphql(query: string, init: { token?: string } = {}) {
      const headers = new Headers({ 'content-type': 'application/json' })
      if (init.token) headers.set('authorization', `JWT ${init.token}`)
      const response = await graphql(
        new Request(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) }),
      )
      return { status: response.status, body: (await response.json()) as any }
    },
    async login(email: string, password: string): Promise<string> {
      const { status, body } = await rest('POST', '/users/login', {
        body: { email, password },
        // Each sign-in of the tests from an address of its own: the login throttle counts per address.
        headers: {
          'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
        },
      })
      if (status !== 200) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(body)}`)
      return body.token
    },
  }
}

/**
 * A user with the given roles, for Local API calls with `overrideAccess: false`. Township staff
 * work in every township there is now, unless `townships` names theirs.
 */
export async function makeUser(
  payload: Payload,
  email: string,
  roles: string[] = ['township-editor'],
  { townships }: { townships?: (string | number)[] } = {},
) {
  const townshipStaff = roles.some((r) => (townshipRoles as readonly string[]).includes(r))
  const all = townshipStaff
    ? (await payload.find({ collection: 'townships', limit: 0, depth: 0, pagination: false })).docs.map(
        (t) => t.id,
      )
    : []
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: 'test-password-1',
      name: email.split('@')[0],
      roles,
      townships: townships ?? all,
    } as never,
  })
  return { ...user, collection: 'users' as const }
}

/** The validation messages of a failed operation, as `path: message` lines an editor would read. */
export async function validationMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const data = (error as { data?: { errors?: { message: string; path?: string }[] } }).data
    return data?.errors?.map((e) => `${e.path}: ${e.message}`).join('\n') ?? String(error)
  }
  throw new Error('expected a validation error, but the operation succeeded')
}
