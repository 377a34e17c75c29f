/** When a notice is in force. No zod here: the kiosk's runtime imports this module alone. */

/** Whether a notice is in force at `now`: from its start (if it has one), up to (not at) its end. */
export const noticeInForce = (n: { validFrom?: string; validUntil?: string }, now: Date) =>
  (!n.validFrom || Date.parse(n.validFrom) <= now.getTime()) &&
  (!n.validUntil || now.getTime() < Date.parse(n.validUntil))
