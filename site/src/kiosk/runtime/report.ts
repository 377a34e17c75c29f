/**
 * What the screen tells the CMS: a heartbeat with its build, uptime and last error, and the
 * watchdog that reloads a loop that stopped moving (nobody is there to press reload) and says so
 * in the next report.
 */
const STALL_NOTE = 'kiosk-stalled'
/** The loop counts as stalled when it has not moved for this many slide lengths. */
const STALLED_SLIDES = 5

/** The screen's key comes once in the address the admin shows, then stays on the device. */
export function screenKey(screen: string, params: URLSearchParams) {
  const key = params.get('key') ?? localStorage.getItem(`kiosk-key:${screen}`) ?? ''
  if (params.get('key')) localStorage.setItem(`kiosk-key:${screen}`, key)
  return key
}

export type ReportOptions = { cms: string; screen: string; key: string; build: string }

export function createReporter({ cms, screen, key, build }: ReportOptions) {
  const started = Date.now()
  // A stall noted before the last reload is the last error to report, until another comes.
  let lastError = sessionStorage.getItem(STALL_NOTE) ?? ''
  sessionStorage.removeItem(STALL_NOTE)

  // Never a browser error page: an error is reported and the loop goes on.
  window.addEventListener('error', (event) => {
    lastError = String(event.message).slice(0, 300)
  })
  window.addEventListener('unhandledrejection', (event) => {
    lastError = String(event.reason).slice(0, 300)
  })

  return {
    error: (message: string) => (lastError = message),
    /** A simple cross-origin POST (text/plain, no preflight) that needs no answer. */
    heartbeat() {
      if (!screen || !key || !cms) return
      const report = JSON.stringify({
        key,
        buildId: build,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
        lastError,
      })
      fetch(`${cms}/api/screens/${screen}/heartbeat`, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'text/plain' },
        body: report,
      }).catch(() => undefined)
    },
    /** Reload from the cached page when a loop that should move has not for five slide lengths. */
    watchdog(looping: boolean, movedAt: number, slideMs: number) {
      if (looping && Date.now() - movedAt > STALLED_SLIDES * slideMs) {
        sessionStorage.setItem(
          STALL_NOTE,
          `loop stalled ${Math.round((Date.now() - movedAt) / 1000)} s; reloaded`,
        )
        location.reload()
      }
    },
  }
}
