/**
 * Someone at the screen: the loop stops while they explore, and after the idle time a countdown
 * warns before the loop comes back.
 */
const WARNING_SECONDS = 10

export type IdleOptions = {
  idleMs: number
  warning: HTMLElement
  countdown: HTMLElement
  /** The countdown ran out: back to the loop. */
  onIdle: () => void
}

export function createIdle({ idleMs, warning, countdown, onIdle }: IdleOptions) {
  let idleTimer = 0
  let warningTimer = 0

  function warnThenReset() {
    let left = WARNING_SECONDS
    countdown.textContent = String(left)
    warning.hidden = false
    warningTimer = window.setInterval(() => {
      left -= 1
      countdown.textContent = String(left)
      if (left <= 0) {
        window.clearInterval(warningTimer)
        onIdle()
      }
    }, 1000)
  }

  return {
    /** A touch, click or key: start the idle time again. */
    touched() {
      window.clearTimeout(idleTimer)
      window.clearInterval(warningTimer)
      warning.hidden = true
      idleTimer = window.setTimeout(warnThenReset, Math.max(0, idleMs - WARNING_SECONDS * 1000))
    },
    dismiss: () => (warning.hidden = true),
  }
}
