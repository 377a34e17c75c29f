/**
 * Run once per test run by globalSetup.ts, through `payload run` (one Payload per process, its
 * database chosen by the environment the setup passes):
 *   seed <dir>       the demo township in <dir>/test.db and <dir>/media, copied by startCms({ seeded })
 *   demo-site <dir>  the demo township on DEMO_NOW, exported and built into <dir>, read by demoSite()
 *   export <dir>     the database in <dir> as it is: every document in <dir>/documents.json, and
 *                    the public snapshot on DEMO_NOW in <dir>/snapshot (the backup test compares them)
 */
import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { writeSnapshot } from '@xiangfeng/cms/publish/export'
import { astroBuild } from '@xiangfeng/cms/publish/pipeline'
import { seed } from '@xiangfeng/cms/seed'
import { DEMO_NOW } from './site'

const [task, dir] = process.argv.slice(-2)
const payload = await getPayload({ config })
if (task === 'seed') {
  await seed(payload)
} else if (task === 'demo-site') {
  await seed(payload, { now: DEMO_NOW })
  const snapshotDir = path.join(dir, 'snapshot')
  await writeSnapshot(payload, snapshotDir, DEMO_NOW)
  const models = (await payload.find({ collection: 'role-models', limit: 0, pagination: false, draft: true }))
    .docs
  // Every private value the CMS holds for the demo role models: the build must contain none.
  const secrets = models.flatMap(
    (m) =>
      [m.contact?.phone, m.contact?.idNumber, m.contact?.address, m.consent?.scope].filter(
        Boolean,
      ) as string[],
  )
  // And every grid worker's phone whose holder did not agree to publish it.
  const grids = (await payload.find({ collection: 'grids', limit: 0, pagination: false, draft: true })).docs
  for (const g of grids)
    for (const w of g.workers ?? []) if (w.workPhone && !w.phonePublic) secrets.push(w.workPhone)
  // And every household on a red list that did not agree to be named.
  const boards = (
    await payload.find({ collection: 'points-boards', limit: 0, pagination: false, draft: true })
  ).docs
  for (const b of boards)
    for (const r of b.redList ?? []) if (r.household && !r.named) secrets.push(r.household)
  await astroBuild(snapshotDir, path.join(dir, 'dist'), {
    imageCache: process.env.XIANGFENG_TEST_IMAGE_CACHE,
  })
  fs.writeFileSync(path.join(dir, 'demo.json'), JSON.stringify({ secrets }))
} else if (task === 'export') {
  const documents: Record<string, unknown[]> = {}
  for (const { slug } of payload.config.collections) {
    documents[slug] = (
      await payload.find({ collection: slug, limit: 0, pagination: false, depth: 0, draft: true, sort: 'id' })
    ).docs
  }
  fs.writeFileSync(path.join(dir, 'documents.json'), JSON.stringify(documents, null, 1))
  await writeSnapshot(payload, path.join(dir, 'snapshot'), DEMO_NOW)
} else {
  throw new Error(`prepare.ts: unknown task ${task}`)
}
await payload.destroy()
process.exit(0)
