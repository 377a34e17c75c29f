/**
 * Sign-in attempts are throttled by client address and account together, instead of Payload's
 * lock on the account alone (five wrong passwords from anyone would lock the real leader out, and
 * the "locked" message told an attacker the account exists). Five failures in fifteen minutes from
 * one address for one account wait out the window. Past a hundred failures for one account from
 * anywhere, each address gets one try per window: a guesser is slowed to one guess per address,
 * and the real user, trying from an address with no failures, still signs in.
 *
 * The address is the one the CMS server vouches for (cms/scripts/cms-server.mjs writes it as the
 * only X-Forwarded-For entry, believing a forwarded one only from a configured proxy). Counted in
 * this process: an edge rate limit (Caddy, see README) bounds the rest.
 */
import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

const WINDOW_MS = 15 * 60_000
const PER_ADDRESS = 5
const PER_ACCOUNT = 100

type Count = { count: number; since: number }
const attempts = new Map<string, Count>()

/** The client's address as the CMS server recorded it (the last entry, should a caller add more). */
const clientAddress = (req: PayloadRequest) =>
  req.headers?.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown'

/** Past this many counted keys, those whose window is over are dropped: addresses come and go. */
const PRUNE_AT = 10_000

function bump(key: string, now: number): number {
  if (attempts.size > PRUNE_AT)
    for (const [k, e] of attempts) if (now - e.since > WINDOW_MS) attempts.delete(k)
  const entry = attempts.get(key)
  const fresh = !entry || now - entry.since > WINDOW_MS
  const next = fresh ? { count: 1, since: now } : { count: entry.count + 1, since: entry.since }
  attempts.set(key, next)
  return next.count
}

const keysOf = (req: PayloadRequest, email: unknown) => {
  const account = String(email ?? '')
    .trim()
    .toLowerCase()
  return { address: `${clientAddress(req)}|${account}`, account: `*|${account}` }
}

/** Counted before the password is checked, as a failure until it succeeds. */
export const throttleLogin: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const keys = keysOf(req, (args as { data?: { email?: unknown } }).data?.email)
  const now = Date.now()
  const fromAddress = bump(keys.address, now)
  const forAccount = bump(keys.account, now)
  if (fromAddress > PER_ADDRESS || (forAccount > PER_ACCOUNT && fromAddress > 1)) {
    throw new APIError('登录失败次数过多，请15分钟后再试；忘记密码请联系系统管理员。', 429, undefined, true)
  }
  return args
}

/** A sign-in that succeeded was no failure: its address starts again, and the account's count drops it. */
export const clearLoginCount: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'login') return result
  const keys = keysOf(req, (args as { data?: { email?: unknown } }).data?.email)
  attempts.delete(keys.address)
  const account = attempts.get(keys.account)
  if (account) account.count = Math.max(0, account.count - 1)
  return result
}
