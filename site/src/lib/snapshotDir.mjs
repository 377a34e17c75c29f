import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The CMS's data folder: XIANGFENG_DATA_DIR or the checkout's data/. */
export const dataDir = process.env.XIANGFENG_DATA_DIR
  ? path.resolve(process.env.XIANGFENG_DATA_DIR)
  : path.resolve(here, '../../../data')

/** Where the CMS wrote the public snapshot: data/snapshot, or XIANGFENG_SNAPSHOT. */
export const snapshotDir = process.env.XIANGFENG_SNAPSHOT
  ? path.resolve(process.env.XIANGFENG_SNAPSHOT)
  : path.join(dataDir, 'snapshot')
