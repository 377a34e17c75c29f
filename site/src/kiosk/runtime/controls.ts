/**
 * What a visitor can do: any touch, click or key counts as someone at the screen; the buttons and
 * a horizontal swipe move through the items; section buttons jump; pause holds the loop.
 */
import type { Loop } from './loop'

export type ControlsOptions = {
  loop: Loop
  pauseButton: HTMLButtonElement
  /** Someone touched, clicked or pressed a key. */
  onTouch: () => void
  onPause: (paused: boolean) => void
}

export function bindControls({ loop, pauseButton, onTouch, onPause }: ControlsOptions) {
  // The warning's button too: any input counts.
  for (const type of ['pointerdown', 'touchstart', 'keydown']) {
    document.addEventListener(type, onTouch, { passive: true, capture: true })
  }
  document.querySelector('[data-next]')!.addEventListener('click', loop.next)
  document.querySelector('[data-prev]')!.addEventListener('click', loop.previous)
  pauseButton.addEventListener('click', () => {
    const paused = pauseButton.getAttribute('aria-pressed') !== 'true'
    showPaused(pauseButton, paused)
    onPause(paused)
  })
  document
    .querySelectorAll<HTMLButtonElement>('[data-goto]')
    .forEach((button) => button.addEventListener('click', () => loop.goto(button.dataset.goto ?? '')))
  let swipeFrom: number | undefined
  document.addEventListener('pointerdown', (e) => (swipeFrom = e.clientX), { passive: true })
  document.addEventListener('pointerup', (e) => {
    if (swipeFrom === undefined) return
    const dx = e.clientX - swipeFrom
    swipeFrom = undefined
    if (Math.abs(dx) > 80) (dx < 0 ? loop.next : loop.previous)()
  })
}

export function showPaused(pauseButton: HTMLButtonElement, paused: boolean) {
  pauseButton.setAttribute('aria-pressed', String(paused))
  pauseButton.textContent = paused ? '继续' : '暂停'
}
