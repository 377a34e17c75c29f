import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { responsiveImages } from './src/lib/images.mjs'
import { kioskOffline } from './src/kiosk/offline.mjs'
import { searchIndex } from './src/lib/search.mjs'
import { outDir } from './src/lib/settings'

const here = path.dirname(fileURLToPath(import.meta.url))

// The site is built from the public snapshot alone.
export default defineConfig({
  integrations: [
    sitemap({ filter: (page) => !page.includes('/kiosk/') }),
    responsiveImages(),
    kioskOffline(),
    searchIndex(),
  ],
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  // Nothing is copied as it is: pictures are published only as the variants images.mjs encodes
  // (stripped of metadata), never as the uploaded originals.
  publicDir: path.join(here, 'public'),
  outDir: outDir ?? path.join(here, 'dist'),
  trailingSlash: 'always',
  // Pages render while earlier ones are written: writing, not rendering, bounds a large build here.
  build: { format: 'directory', concurrency: 4 },
  // Village screens run old Chromium (Android TV boxes): scripts must parse on Chrome 87.
  vite: { build: { target: 'chrome87' } },
})
