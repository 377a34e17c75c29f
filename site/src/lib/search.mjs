// Astro integration: index the built pages with Pagefind (its extended build segments Chinese,
// so two-character words such as 孝老 are found). Only elements marked data-pagefind-body are
// indexed: the detail pages, not the listings that repeat them.
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'

async function indexPages(dir, logger) {
  const started = Date.now()
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: fileURLToPath(dir) })
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`)
  const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) })
  if (written.errors.length)
    throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
  await pagefind.close()
  logger.info(`${added.page_count} pages indexed for search (${Date.now() - started} ms)`)
}

export function searchIndex() {
  /** @type {Promise<void> | undefined} */
  let indexing
  return {
    name: 'xiangfeng:search-index',
    hooks: {
      // Pagefind (a process of its own) starts as soon as the pages are written, and indexes them
      // while the other integrations put pictures and kiosk workers in place. Handing it each page
      // as it renders (middleware) was tried: on two cores it was no faster, both being busy.
      'astro:build:generated': ({ dir, logger }) => {
        indexing = indexPages(dir, logger)
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => {})
      },
      'astro:build:done': async ({ dir, logger }) => {
        await (indexing ?? indexPages(dir, logger))
      },
    },
  }
}
