// Astro integration: each village's kiosk service worker (Workbox), written after the pages and
// pictures. It precaches that village's kiosk pages, the scripts they load and the pictures they
// show, so a screen keeps running with the network gone, after a reload or a restart, and a device
// downloads only its own village's files.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** No single file may be bigger than this in a kiosk's cache. */
const MAX_FILE_BYTES = 2 * 1024 * 1024

/**
 * Workbox's own browser builds, loaded with importScripts: writing the worker needs no bundling,
 * which keeps the build (and so the time from publish to live) short.
 */
const WORKBOX_MODULES = ['workbox-core', 'workbox-routing', 'workbox-strategies', 'workbox-precaching']
const require = createRequire(import.meta.url)
// Versioned, because browsers may take a worker's imported scripts from their HTTP cache.
const WORKBOX_DIR = `workbox/${require('workbox-precaching/package.json').version}`

/** The service worker of one village's kiosk; `manifest` lists the files it keeps. */
const serviceWorker = (village, manifest) => `// The kiosk of ${village}: made by site/src/kiosk/offline.mjs.
importScripts(${WORKBOX_MODULES.map((m) => `'/${WORKBOX_DIR}/${m}.prod.js'`).join(', ')})
workbox.core.clientsClaim()
workbox.precaching.cleanupOutdatedCaches()
workbox.precaching.precacheAndRoute(${JSON.stringify(manifest)}, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/^key$/, /^utm_/],
})
// Anything else goes to the network; a page that cannot be fetched falls back to the village's loop
// rather than a browser error page.
workbox.routing.setDefaultHandler(new workbox.strategies.NetworkOnly())
workbox.routing.setCatchHandler(({ request }) =>
  request.mode === 'navigate'
    ? workbox.precaching.matchPrecache('/kiosk/${village}/index.html')
    : Promise.resolve(Response.error()),
)
// The page asks the new worker to take over, and only at the end of a loop.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting()
})
`

export function kioskOffline() {
  return {
    name: 'xiangfeng:kiosk-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const kioskDir = path.join(root, 'kiosk')
        if (!fs.existsSync(kioskDir)) return

        fs.mkdirSync(path.join(root, WORKBOX_DIR), { recursive: true })
        for (const module of WORKBOX_MODULES) {
          const file = `${module}.prod.js`
          fs.copyFileSync(require.resolve(`${module}/build/${file}`), path.join(root, WORKBOX_DIR, file))
        }

        const villages = fs
          .readdirSync(kioskDir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
        for (const village of villages) {
          const pages = fs
            .readdirSync(path.join(kioskDir, village), { recursive: true })
            .filter((f) => String(f).endsWith('.html'))
            .map((f) => fs.readFileSync(path.join(kioskDir, village, String(f)), 'utf8'))
          // Scripts and pictures carry their content hash in their names, so the name is the revision.
          const hashed = new Set(
            pages.flatMap((html) =>
              [...html.matchAll(/(?:src|href)="(\/(?:_astro|img)\/[^"]+)"/g)].map((m) => m[1]),
            ),
          )
          const tooBig = [...hashed].filter((url) => fs.statSync(path.join(root, url)).size > MAX_FILE_BYTES)
          if (tooBig.length) throw new Error(`Kiosk files over 2 MiB: ${tooBig.join(', ')}`)
          const { getManifest } = require('workbox-build')
          const { manifestEntries, count, warnings } = await getManifest({
            globDirectory: root,
            globPatterns: [`kiosk/${village}/**/*.html`],
            additionalManifestEntries: [...hashed].map((url) => ({ url, revision: null })),
            // Site-absolute URLs: the worker lives in /kiosk/<village>/, the files it keeps do not all.
            modifyURLPrefix: { '': '/' },
            maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
          })
          for (const warning of warnings) logger.warn(warning)
          fs.writeFileSync(path.join(kioskDir, village, 'sw.js'), serviceWorker(village, manifestEntries))
          const bytes = manifestEntries.reduce(
            (sum, { url }) => sum + fs.statSync(path.join(root, url)).size,
            0,
          )
          logger.info(
            `kiosk ${village}: the service worker precaches ${count} files, ${Math.round(bytes / 1024)} KiB`,
          )
        }
      },
    },
  }
}
