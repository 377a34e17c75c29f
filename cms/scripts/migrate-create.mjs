// `npm run migrate:create -w @xiangfeng/cms -- <name>`: after a schema change, one migration for
// each SQL database, SQLite's (src/migrations) and PostgreSQL's (src/migrations-postgres): each is
// the difference between that database's last committed snapshot and the config. Neither
// database is opened (PostgreSQL's address below is never dialled); a database whose schema did
// not change gets no file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { cmsDir, rootDir, run } from './lib.mjs'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -w @xiangfeng/cms -- <name_in_snake_case>')
  process.exit(2)
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangfeng-migrate-'))
try {
  for (const DATABASE_URL of [`file:${path.join(scratch, 'x.db')}`, 'postgres://127.0.0.1:1/unused'])
    await run(
      process.execPath,
      [path.join(rootDir, 'node_modules', 'payload', 'bin.js'), 'migrate:create', name, '--skip-empty'],
      {
        cwd: cmsDir,
        env: {
          ...process.env,
          DATABASE_URL,
          XIANGFENG_DATA_DIR: scratch,
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'migrate-create',
          XIANGFENG_JOBS: 'off',
        },
      },
    )
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}
