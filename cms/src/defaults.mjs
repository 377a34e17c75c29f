/**
 * The defaults every CMS entry point shares, each written once. Plain JavaScript, so the start,
 * serve and backup scripts import it as it is, and the TypeScript code beside them too.
 */
import path from 'node:path'

/**
 * Where the embedded database, uploads and portal builds live: XIANGFENG_DATA_DIR, or data/ in
 * the checkout `root`.
 * @param {string} root
 * @param {Record<string, string | undefined>} [env]
 */
export const dataDirOf = (root, env = process.env) =>
  env.XIANGFENG_DATA_DIR ? path.resolve(env.XIANGFENG_DATA_DIR) : path.join(root, 'data')

/**
 * The database DATABASE_URL names: unset or file:… the embedded SQLite file (by default in the
 * data folder), postgres://… or postgresql://… PostgreSQL, mongodb://… or mongodb+srv://…
 * MongoDB. Anything else is refused.
 * @param {string} dataDir
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ kind: 'sqlite', file: string, url: string } | { kind: 'postgres' | 'mongodb', url: string }}
 */
export function databaseOf(dataDir, env = process.env) {
  const url = env.DATABASE_URL?.trim()
  if (!url) {
    const file = path.join(dataDir, 'xiangfeng.db')
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (url.startsWith('file:')) return { kind: 'sqlite', file: path.resolve(url.slice('file:'.length)), url }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url }
  if (/^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongodb', url }
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql://, mongodb://, mongodb+srv:// or file: (got "${url.split(':')[0]}:…"). ` +
      '数据库地址 DATABASE_URL 只支持 postgres://、mongodb:// 或 file: 开头。',
  )
}
