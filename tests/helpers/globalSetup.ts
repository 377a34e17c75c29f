import fs from 'node:fs'

/**
 * One test run's scratch folders (named in vitest.config.ts by the run's process id): the data
 * folder and the picture cache its builds share. Each run starts cold and leaves nothing behind.
 */
export default function setup() {
  const scratch = [process.env.XIANGFENG_DATA_DIR, process.env.XIANGFENG_TEST_IMAGE_CACHE]
  for (const dir of scratch) if (dir) fs.rmSync(dir, { recursive: true, force: true })
  return () => {
    for (const dir of scratch) if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}
