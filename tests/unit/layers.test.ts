/**
 * The house's layers: content-schema ← cms ← (site's views, for the preview), and inside each
 * package a list of layers from the bottom up. A file may import its own layer and those below;
 * an import that points up fails here with the file and the line. Read from the source as text,
 * so it runs in a second without Payload.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Each package's layers, lowest first: a folder (`x/`) or a file, relative to the package's src. */
const layers = {
  'content-schema': [['']],
  cms: [
    [
      'ids.ts',
      'paths.ts',
      'defaults.mjs',
      'context.ts',
      'origins.ts',
      'find.ts',
      'payload-types.ts',
      'migrations/',
      'migrations-postgres/',
    ],
    ['access/'],
    ['fields/'],
    ['collections/', 'globals/'],
    ['db/', 'storage.ts', 'email.ts', 'runner.ts', 'api/'],
    ['publish/'],
    ['workflow/'],
    ['import/', 'preview/', 'statistics/'],
    ['payload.config.ts', 'seed/', 'app/'],
  ],
  site: [
    ['lib/', 'scripts/'],
    ['kiosk/slides.ts', 'kiosk/runtime/', 'kiosk/offline.mjs', 'kiosk/content.ts'],
    ['views/'],
    ['components/', 'layouts/'],
    ['pages/'],
  ],
} as const
type Package = keyof typeof layers

/** What each package may import of ours (by package name): the layers of the whole. */
const mayImport: Record<Package, string[]> = {
  'content-schema': [],
  // The site's views and styles, for the admin's preview: what a reviewer sees is what the public gets.
  cms: [
    '@xiangfeng/content-schema',
    '@xiangfeng/site/views',
    '@xiangfeng/site/styles',
    '@xiangfeng/site/kiosk.css',
  ],
  site: ['@xiangfeng/content-schema'],
}

const srcOf = (pkg: Package) => path.join(root, pkg, 'src')

function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesOf(full)
    return /\.(ts|tsx|mjs|astro)$/.test(entry.name) ? [full] : []
  })
}

/** Every module a file imports (static, dynamic and side-effect imports), with its line. */
function importsOf(text: string) {
  const found: { spec: string; line: number }[] = []
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm
  for (const match of text.matchAll(pattern)) {
    found.push({ spec: match[1], line: text.slice(0, match.index).split('\n').length })
  }
  return found
}

const layerOf = (pkg: Package, relative: string) =>
  layers[pkg].findIndex((layer) =>
    layer.some((entry) =>
      entry.endsWith('/') || entry === '' ? relative.startsWith(entry) : relative === entry,
    ),
  )

/**
 * Every import that breaks the layering, as `file:line → target` lines; `extra` adds files
 * (relative path → text) as if they were there.
 */
function violations(pkg: Package, extra: Record<string, string> = {}) {
  const src = srcOf(pkg)
  const out: string[] = []
  const files = [
    ...filesOf(src).map((file) => [path.relative(src, file), fs.readFileSync(file, 'utf8')] as const),
    ...Object.entries(extra),
  ]
  for (const [relative, text] of files) {
    const file = path.join(src, relative)
    if (relative.startsWith('migrations/') || relative.startsWith('migrations-postgres/')) continue
    const own = layerOf(pkg, relative)
    if (own < 0) {
      out.push(`${pkg}/src/${relative}: in no layer`)
      continue
    }
    for (const { spec, line } of importsOf(text)) {
      const where = `${pkg}/src/${relative}:${line} → ${spec}`
      if (spec.startsWith('@xiangfeng/')) {
        if (!mayImport[pkg].some((allowed) => spec === allowed || spec.startsWith(`${allowed}/`)))
          out.push(`${where}: ${pkg} may not import this package`)
        continue
      }
      if (!spec.startsWith('.')) continue
      const target = path.relative(src, path.resolve(path.dirname(file), spec))
      if (target.startsWith('..')) {
        out.push(`${where}: outside ${pkg}/src`)
        continue
      }
      const theirs = layerOf(pkg, target) >= 0 ? layerOf(pkg, target) : layerOf(pkg, `${target}/`)
      if (theirs > own) out.push(`${where}: points up, from layer ${own} to ${theirs}`)
    }
  }
  return out
}

describe('layers point down only', () => {
  test.each(Object.keys(layers) as Package[])('%s', (pkg) => {
    expect(violations(pkg)).toEqual([])
  })

  test('an import that points up is caught, and one from the site into the CMS', () => {
    // The check itself: fields/ (layer 2) importing publish/ (5); a site page importing the CMS.
    const upward = { 'fields/upward.ts': "import { requestSiteBuild } from '../publish/requests'\n" }
    expect(violations('cms', upward)).toEqual([
      'cms/src/fields/upward.ts:1 → ../publish/requests: points up, from layer 2 to 5',
    ])
    const intoCms = {
      'pages/x.astro': "---\nimport { exportSnapshot } from '@xiangfeng/cms/publish/export'\n---\n",
    }
    expect(violations('site', intoCms)).toEqual([
      'site/src/pages/x.astro:2 → @xiangfeng/cms/publish/export: site may not import this package',
    ])
  })
})
