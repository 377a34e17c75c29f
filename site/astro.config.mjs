import crypto from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { downloads } from './src/lib/downloads.mjs'
import { responsiveImages } from './src/lib/images.mjs'
import { precompress } from './src/lib/precompress.mjs'
import { kioskOffline } from './src/kiosk/offline.mjs'
import { searchIndex } from './src/lib/search.mjs'
import { cmsUrl, outDir } from './src/lib/settings'
import { READING_EARLY } from './src/scripts/readingEarly.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * React for the views shared with the admin's preview, server-side only: the renderer is added
 * without its client entrypoint, so no React runtime is bundled into the portal (Astro bundles a
 * renderer's client entrypoint whether or not a page hydrates). A `client:` directive would still
 * add an island: tests/site/build.test.ts refuses any.
 */
function staticReact() {
  const integration = react()
  const setup = integration.hooks['astro:config:setup']
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({
          ...options,
          addRenderer: ({ clientEntrypoint: _, ...renderer }) => options.addRenderer(renderer),
        }),
    },
  }
}

// The site is built from the public snapshot alone.
export default defineConfig({
  integrations: [
    staticReact(),
    sitemap({ filter: (page) => !page.includes('/kiosk/') }),
    responsiveImages(),
    downloads(),
    kioskOffline(),
    searchIndex(),
    // Last: it compresses what the others wrote.
    precompress(),
  ],
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  // Nothing is copied as it is: pictures are published only as the variants images.mjs encodes
  // (stripped of metadata), never as the uploaded originals; downloads.mjs copies the PDFs.
  publicDir: path.join(here, 'public'),
  outDir: outDir ?? path.join(here, 'dist'),
  trailingSlash: 'always',
  // Every page carries a content security policy: only the site's own scripts and styles (Astro
  // adds the hashes of those it inlines; the early reading-settings script's is added here), pictures
  // from the site, the kiosk's heartbeat to the CMS, Pagefind's WebAssembly. Injected markup runs
  // nothing even where escaping failed.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self' ${cmsUrl}`,
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${crypto.createHash('sha256').update(READING_EARLY).digest('base64')}`],
      },
    },
  },
  // Pages render while earlier ones are written: writing, not rendering, bounds a large build here.
  build: { format: 'directory', concurrency: 4 },
  // Village screens run old Chromium (Android TV boxes): scripts must parse on Chrome 87.
  vite: { build: { target: 'chrome87' } },
})
