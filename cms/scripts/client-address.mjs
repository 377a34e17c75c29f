// Which address a request comes from, as far as this server can vouch for it. A forwarded address
// (X-Forwarded-For) is believed only from a proxy named in XIANGFENG_TRUSTED_PROXIES: anyone else
// could write any address there, and dodge the sign-in limit per address with a new one each try.
import net from 'node:net'

/** '::ffff:127.0.0.1' is 127.0.0.1: Node names IPv4 peers of a dual-stack socket so. */
const plain = (address) => {
  const text = String(address ?? '').trim()
  return text.startsWith('::ffff:') && net.isIPv4(text.slice(7)) ? text.slice(7) : text
}

/** The trusted proxies' addresses, from a comma-separated list; nothing for an empty one. */
export const trustedProxies = (list) =>
  new Set(
    String(list ?? '')
      .split(',')
      .map(plain)
      .filter(Boolean),
  )

/**
 * The client's address: the peer's own, unless the peer is a trusted proxy; then the nearest
 * address in X-Forwarded-For that is not one of the trusted proxies (each proxy appends the
 * address it saw, so entries left of an untrusted one are the client's own words).
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwarded the X-Forwarded-For header as received
 * @param {Set<string>} trusted
 */
export function clientAddress(peer, forwarded, trusted) {
  let client = plain(peer) || 'unknown'
  if (!trusted.has(client)) return client
  const hops = [forwarded ?? []].flat().join(',').split(',').map(plain).filter(Boolean)
  for (const hop of hops.reverse()) {
    if (!net.isIP(hop)) return client
    client = hop
    if (!trusted.has(hop)) return client
  }
  return client
}
