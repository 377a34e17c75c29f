// Serve the live portal: data/site/current, resolved on every request so a deploy (a symlink
// switch) takes effect at once and a reader never sees half of one build and half of another.
// Every request gets an answer and none stops the server: a bad address is a 400, a failure a 500.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import {
  acceptedCopies,
  cacheControl,
  contentType,
  isPrecompressed,
  SECURITY_HEADERS,
} from '../src/publish/headers.mjs'

const MAX_PATH = 2048

const plain = (res, status, text) =>
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(text)

/** The file an address names inside `root`, or the status that refuses it. */
function resolve(root, rawUrl) {
  if (rawUrl.length > MAX_PATH) return { status: 414, text: '网址太长。' }
  if (!rawUrl.startsWith('/')) return { status: 400, text: '网址无效。' }
  let url, pathname
  try {
    // Appended, not resolved: '//host/…' is a path here, never another host.
    url = new URL(`http://localhost${rawUrl}`)
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { status: 400, text: '网址无效。' }
  }
  if (pathname.includes('\0')) return { status: 400, text: '网址无效。' }
  const wanted = path.join(root, pathname)
  const inside = path.relative(root, wanted)
  if (inside.startsWith('..') || path.isAbsolute(inside)) return { status: 400, text: '网址无效。' }
  return { url, file: wanted, inside }
}

/**
 * Where a folder asked for without its slash lives: built from the folder's place inside the
 * live build, never from the address as sent, so `//other.host/..%2Fkiosk` stays on this site.
 */
const folderLocation = (inside, search) =>
  `/${inside
    .split(path.sep)
    .filter(Boolean)
    .map(encodeURIComponent)
    .map((part) => `${part}/`)
    .join('')}${search}`

function answer(liveDir, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, '只能读取。')
  let root
  try {
    root = fs.realpathSync(liveDir)
  } catch {
    return plain(res, 503, '网站正在生成，请稍后刷新。')
  }
  const { status, text, url, file: wanted, inside } = resolve(root, req.url ?? '/')
  if (status) return plain(res, status, text)
  let file = wanted
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { ...SECURITY_HEADERS, location: folderLocation(inside, url.search) }).end()
      return
    }
    file = path.join(file, 'index.html')
  }
  // A compressed copy is sent in place of its file, never by its own name.
  const found = !isPrecompressed(file) && fs.existsSync(file) && fs.statSync(file).isFile()
  const body = found ? file : path.join(root, '404.html')
  if (!found && !fs.existsSync(body)) return plain(res, 404, '找不到这个页面。')
  // The build wrote brotli and gzip copies of its text files: the best one the client takes.
  const copy = acceptedCopies(req.headers['accept-encoding']).find(([, suffix]) =>
    fs.existsSync(body + suffix),
  )
  const sent = copy ? body + copy[1] : body
  res.writeHead(found ? 200 : 404, {
    ...SECURITY_HEADERS,
    'content-type': contentType(body),
    'cache-control': cacheControl(found ? url.pathname : '/404.html'),
    'content-length': fs.statSync(sent).size,
    ...(copy && { 'content-encoding': copy[0] }),
    // Whether a copy exists is the build's business: a cache keeps each coding apart either way.
    vary: 'accept-encoding',
  })
  if (req.method === 'HEAD') return res.end()
  fs.createReadStream(sent)
    .on('error', () => res.destroy())
    .pipe(res)
}

export function serveSite(liveDir, { port, host }) {
  const server = http.createServer((req, res) => {
    try {
      answer(liveDir, req, res)
    } catch (error) {
      console.error(`Portal server: ${req.method} ${String(req.url).slice(0, 200)} failed: ${error}`)
      if (!res.headersSent) plain(res, 500, '服务器出错，请稍后再试。')
      else res.destroy()
    }
  })
  server.listen(port, host)
  return server
}
