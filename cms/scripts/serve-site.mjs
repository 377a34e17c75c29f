// Serve the live portal: data/site/current, resolved on every request so a deploy (a symlink
// switch) takes effect at once and a reader never sees half of one build and half of another.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const types = {
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
}

export function serveSite(liveDir, { port, host }) {
  const server = http.createServer((req, res) => {
    let root
    try {
      root = fs.realpathSync(liveDir)
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('网站正在生成，请稍后刷新。')
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const wanted = path.normalize(path.join(root, decodeURIComponent(url.pathname)))
    if (!wanted.startsWith(root)) return res.writeHead(400).end()
    let file = wanted
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/'))
        return res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
      file = path.join(file, 'index.html')
    }
    const found = fs.existsSync(file)
    const body = found ? file : path.join(root, '404.html')
    res.writeHead(found ? 200 : 404, {
      'content-type': types[path.extname(body)] ?? 'application/octet-stream',
      'cache-control': body.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    })
    fs.createReadStream(body).pipe(res)
  })
  server.listen(port, host)
  return server
}
