// Files the snapshot offers for download (a notice's PDF attachment, under files/): published as
// they were uploaded, unlike pictures, which are published only as encoded variants (images.mjs).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { snapshotDir } from './settings'

/** Every `src` under files/ named anywhere in the snapshot. */
function downloadsIn(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => downloadsIn(v, found))
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'src' && typeof v === 'string' && v.startsWith('files/')) found.add(v)
      else downloadsIn(v, found)
    }
  return found
}

/** Astro integration: after the pages are written, copy every download they link to. */
export function downloads() {
  return {
    name: 'xiangfeng:downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const snapshot = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8'))
        const files = [...downloadsIn(snapshot)]
        const outDir = fileURLToPath(dir)
        await fs.promises.mkdir(path.join(outDir, 'files'), { recursive: true })
        // The contract allows no folder or dot segment in a file's name (content-schema).
        await Promise.all(
          files.map((src) =>
            fs.promises.copyFile(path.join(snapshotDir, 'public', src), path.join(outDir, src)),
          ),
        )
        logger.info(`${files.length} downloads`)
      },
    },
  }
}
