/** `npm run seed`: load the demo township into the configured database. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { DEMO_PASSWORD, demoUsers } from '../src/seed/data/places'
import { seed } from '../src/seed'

// A one-off command runs no jobs: only the CMS server does, so a build is never cut off by its exit.
process.env.XIANGFENG_JOBS = 'off'
const payload = await getPayload({ config })

// `--if-empty`: only a database without any township gets the demo (never a real deployment's).
if (process.argv.includes('--if-empty')) {
  const { totalDocs } = await payload.count({ collection: 'townships', overrideAccess: true })
  if (totalDocs > 0) {
    payload.logger.info('Database already holds a township: demo seed skipped.')
    process.exit(0)
  }
}

const { created } = await seed(payload)
const total = Object.values(created).reduce((a, b) => a + b, 0)
payload.logger.info(
  total === 0
    ? 'Demo township already present: nothing created.'
    : `Demo township seeded: ${Object.entries(created)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
)
payload.logger.info(`Demo logins (password ${DEMO_PASSWORD}): ${demoUsers.map((u) => u.email).join(', ')}`)
process.exit(0)
