/** `npm run export`: write the public snapshot of the published content to data/snapshot. */
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { dataDir } from '../paths'
import { SnapshotError, writeSnapshot } from './export'

const dir = process.env.XIANGFENG_SNAPSHOT
  ? path.resolve(process.env.XIANGFENG_SNAPSHOT)
  : path.join(dataDir, 'snapshot')
const payload = await getPayload({ config })
try {
  const { snapshot, pictures } = await writeSnapshot(payload, dir)
  payload.logger.info(
    `Snapshot written to ${dir}: ${snapshot.roleModels.length} role models, ${snapshot.lectureSessions.length} lectures, ` +
      `${snapshot.policyExplainers.length} explainers, ${snapshot.villageRules.length} village rules, ${pictures} pictures.`,
  )
  process.exit(0)
} catch (error) {
  if (error instanceof SnapshotError) {
    payload.logger.error(`公开数据导出失败，网站保持不变。${error.message}`)
    process.exit(1)
  }
  throw error
}
