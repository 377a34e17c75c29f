// The CMS's HTTP server: Next's own request handler (as `next start` runs it), each request's
// X-Forwarded-For first replaced by the one client address this server can vouch for
// (client-address.mjs). Next keeps a forwarded address a client sends, so without this anyone
// could name any address. PORT and HOST say where it listens; XIANGFENG_TRUSTED_PROXIES, whose
// forwarded addresses it believes (none unless set).
import http from 'node:http'

import next from 'next'

import { clientAddress, trustedProxies } from './client-address.mjs'
import { cmsDir } from './lib.mjs'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '127.0.0.1'
const trusted = trustedProxies(process.env.XIANGFENG_TRUSTED_PROXIES)

const app = next({ dev: false, dir: cmsDir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  req.headers['x-forwarded-for'] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    trusted,
  )
  handle(req, res)
})
server.listen(port, hostname, () => console.log(`CMS listening on http://${hostname}:${port}`))
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
