/** Which client address the CMS server believes (cms/scripts/client-address.mjs), on its own. */
import { describe, expect, test } from 'vitest'

import { clientAddress, trustedProxies } from '../../cms/scripts/client-address.mjs'

const none = trustedProxies('')
const caddy = trustedProxies('127.0.0.1, ::1')

describe('the client address', () => {
  test('with no trusted proxy, the peer’s own address, whatever the request says', () => {
    expect(clientAddress('203.0.113.9', '10.0.0.1', none)).toBe('203.0.113.9')
    expect(clientAddress('127.0.0.1', '10.0.0.1, 10.0.0.2', none)).toBe('127.0.0.1')
    expect(clientAddress(undefined, '10.0.0.1', none)).toBe('unknown')
  })

  test('from a trusted proxy, the address it saw: the last entry it appended', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', caddy)).toBe('203.0.113.9')
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', caddy)).toBe('203.0.113.9')
    expect(clientAddress('::1', ['198.51.100.1', '203.0.113.9'], caddy)).toBe('203.0.113.9')
  })

  test('entries a client wrote before the proxy’s are not believed', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 203.0.113.9', caddy)).toBe('203.0.113.9')
  })

  test('a chain of trusted proxies is walked back to the first untrusted address', () => {
    const chain = trustedProxies('127.0.0.1,10.0.0.5')
    expect(clientAddress('127.0.0.1', '1.2.3.4, 203.0.113.9, 10.0.0.5', chain)).toBe('203.0.113.9')
  })

  test('a trusted proxy that forwards no address, or garbage, leaves the proxy’s own', () => {
    expect(clientAddress('127.0.0.1', undefined, caddy)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', 'not-an-address', caddy)).toBe('127.0.0.1')
    expect(clientAddress('127.0.0.1', '<script>', caddy)).toBe('127.0.0.1')
  })
})
