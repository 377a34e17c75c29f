// Astro integration: the kiosk's service worker (Workbox), written after the pages and pictures.
// It precaches every kiosk page, the scripts they load and the pictures they show, so a screen
// keeps running with the network gone, after a reload or a restart.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** No single file may be bigger than this in a kiosk's cache. */
const MAX_FILE_BYTES = 2 * 1024 * 1024

export function kioskOffline() {
  return {
    name: 'xiangfeng:kiosk-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { generateSW } = await import('workbox-build')
        const root = fileURLToPath(dir)
        const kioskDir = path.join(root, 'kiosk')
        if (!fs.existsSync(kioskDir)) return
        const pages = fs
          .readdirSync(kioskDir, { recursive: true })
          .filter((f) => String(f).endsWith('.html'))
          .map((f) => fs.readFileSync(path.join(kioskDir, String(f)), 'utf8'))
        const pictures = new Set(
          pages.flatMap((html) => [...html.matchAll(/src="(\/img\/[^"]+)"/g)].map((m) => m[1])),
        )
        const tooBig = [...pictures].filter((url) => fs.statSync(path.join(root, url)).size > MAX_FILE_BYTES)
        if (tooBig.length) throw new Error(`Kiosk pictures over 2 MiB: ${tooBig.join(', ')}`)
        const { count, size, warnings } = await generateSW({
          swDest: path.join(kioskDir, 'sw.js'),
          globDirectory: root,
          globPatterns: ['kiosk/**/*.html', '_astro/*.{js,css}'],
          // Picture names carry their content hash, so the name is the revision.
          additionalManifestEntries: [...pictures].map((url) => ({ url, revision: null })),
          // Site-absolute URLs: the worker lives in /kiosk/, the files it keeps do not all.
          modifyURLPrefix: { '': '/' },
          maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/^key$/, /^speed$/],
          // The page asks the new worker to take over, and only at the end of a loop.
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Whether there is a new build is asked of the network, never of the cache.
          runtimeCaching: [{ urlPattern: /\/kiosk\/build\.json/, handler: 'NetworkOnly' }],
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
        })
        for (const warning of warnings) logger.warn(warning)
        logger.info(`kiosk service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`)
      },
    },
  }
}
