/**
 * Flags a write may carry in Payload's `context`, set by review, seed and heartbeat code and read
 * by hooks in workflow/ and publish/.
 */
export type WriteContext = {
  /** A review action (transition() or the scheduled publish): it may set review fields and publish. */
  reviewAction?: string
  /** The demo seed: review states stay as given and no rebuild is queued. */
  seeding?: boolean
  /** A screen's heartbeat: it writes only the screen's status and queues no rebuild. */
  statusReport?: boolean
  /** Noted before the write: the document was live, so going offline needs a rebuild. */
  wasLive?: boolean
}

export const writeContext = (context: Record<string, unknown>) => context as WriteContext
