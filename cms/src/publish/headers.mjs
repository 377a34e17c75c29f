// How the portal's files are sent, wherever they are served from: the bundled portal server
// (cms/scripts/serve-site.mjs) and a bucket behind a CDN (portalBucket.ts). cms/deploy/Caddyfile
// says the same in Caddy's words.

/**
 * Sent with every file of the portal: nothing is sniffed, framed elsewhere or told where the reader
 * came from. Each page's own policy (Astro's <meta> CSP: scripts and styles by hash) does the rest;
 * this one says what a <meta> cannot (frame-ancestors) and holds for files that are not pages.
 */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  // A notice's attachment.
  '.pdf': 'application/pdf',
  // Pagefind's search engine.
  '.wasm': 'application/wasm',
}

/** The content type of a file by its name; unknown kinds as bytes. */
export const contentType = (file) =>
  TYPES[/\.[^./]+$/.exec(file)?.[0].toLowerCase() ?? ''] ?? 'application/octet-stream'

/**
 * Files named by their content are kept for a year; everything else is kept but checked on
 * every use (a 304 when unchanged), so a publish shows on the next visit.
 */
const HASHED = /^\/(_astro|img|pagefind\/fragment|pagefind\/index)\//
export const cacheControl = (pathname) =>
  HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'

/** The compressed copies the build writes beside its text files (site/src/lib/precompress.mjs). */
const PRECOMPRESSED = [
  ['br', '.br'],
  ['gzip', '.gz'],
]

/** True for a compressed copy, which is sent in place of its file and never on its own address. */
export const isPrecompressed = (file) => /\.(br|gz)$/.test(file)

/**
 * The copies a client takes, best first, from its Accept-Encoding: `[['br', '.br'], …]`. A coding
 * named with q=0 is refused; `*` accepts both.
 */
export function acceptedCopies(acceptEncoding = '') {
  const weights = new Map()
  for (const part of String(acceptEncoding).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
    if (name) weights.set(name, q === undefined ? 1 : Number(q))
  }
  const weight = (coding) => weights.get(coding) ?? weights.get('*') ?? 0
  return PRECOMPRESSED.filter(([coding]) => weight(coding) > 0)
}
