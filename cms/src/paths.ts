import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** cms/src */
export const srcDir = here

/**
 * Where the embedded database, uploads and portal builds live: data/, or XIANGFENG_DATA_DIR.
 * Read when called, not when imported, so a process that sets the variable late (the tests)
 * never writes into the checkout's own data/.
 */
export const dataDir = () =>
  process.env.XIANGFENG_DATA_DIR
    ? path.resolve(process.env.XIANGFENG_DATA_DIR)
    : path.resolve(here, '../../data')
