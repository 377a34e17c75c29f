import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** cms/src */
export const srcDir = here
/** Where the embedded database and uploads live; XIANGFENG_DATA_DIR moves them (tests use a temp dir). */
export const dataDir = process.env.XIANGFENG_DATA_DIR
  ? path.resolve(process.env.XIANGFENG_DATA_DIR)
  : path.resolve(here, '../../data')
