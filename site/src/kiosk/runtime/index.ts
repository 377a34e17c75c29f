/**
 * The kiosk's behaviour, wired from its parts: the attract loop (loop.ts), someone exploring and
 * the idle reset (idle.ts), on-hours and burn-in (hours.ts), offline and updates at a loop
 * boundary (update.ts), heartbeat and watchdog (report.ts). Written for Chromium 87 (the build
 * targets it). `?speed=N` runs every timer N times faster, for tests and the soak benchmark.
 */
import { createHours } from './hours'
import { createIdle } from './idle'
import { createLoop, type Daypart } from './loop'
import { createReporter } from './report'
import { createUpdater, registerOffline } from './update'

const HEARTBEAT_MS = 2 * 60_000
const UPDATE_CHECK_MS = 5 * 60_000
const SHIFT_MS = 60_000
const HOURS_CHECK_MS = 30_000
const WATCHDOG_MS = 30_000

export function startKiosk(body: HTMLElement) {
  const params = new URLSearchParams(location.search)
  const speed = Math.max(1, Number(params.get('speed')) || 1)
  const data = body.dataset
  const screen = data.screen ?? ''
  const slideMs = (Number(data.slideSeconds) * 1000) / speed
  // The key comes once in the address the admin shows, then stays on the device.
  const key = params.get('key') ?? localStorage.getItem(`kiosk-key:${screen}`) ?? ''
  if (params.get('key')) localStorage.setItem(`kiosk-key:${screen}`, key)

  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!
  const pauseButton = $<HTMLButtonElement>('[data-pause]')
  let exploring = false
  let paused = false

  const reporter = createReporter({ cms: data.cms ?? '', screen, key, build: data.build ?? '' })
  const updater = createUpdater(data.build ?? '')
  const hours = createHours({
    hours: JSON.parse(data.hours ?? '[]'),
    stage: $('[data-stage]'),
    offHours: $('[data-off-hours]'),
    clock: $('[data-clock]'),
    offClock: $('[data-off-clock]'),
    onChange(off) {
      data.mode = off ? 'off' : 'loop'
      if (off) loop.stop()
      else resumeLoop()
    },
  })
  const loop = createLoop({
    body,
    slides: Array.from(document.querySelectorAll<HTMLElement>('.slide')),
    dayparts: JSON.parse(data.dayparts ?? '[]') as Daypart[],
    slideMs,
    canRun: () => !exploring && !paused && !hours.isOff(),
    // The end of a loop is the only moment an update may replace the page.
    atBoundary() {
      if (!updater.waiting() || exploring) return false
      data.mode = 'updating'
      updater.apply(resumeLoop)
      return true
    },
  })
  const idle = createIdle({
    idleMs: (Number(data.idleSeconds) * 1000) / speed,
    speed,
    warning: $('[data-idle-warning]'),
    countdown: $('[data-countdown]'),
    onIdle: resumeLoop,
  })

  function resumeLoop() {
    exploring = false
    paused = false
    pauseButton.setAttribute('aria-pressed', 'false')
    pauseButton.textContent = '暂停'
    idle.dismiss()
    data.mode = 'loop'
    loop.restart()
  }

  /** Someone is using the screen: stop the loop and start the idle countdown. */
  function touched() {
    if (hours.isOff()) return
    exploring = true
    data.mode = 'exploring'
    loop.stop()
    idle.touched()
  }

  // Touch, mouse and keys all count as someone using the screen; the warning's button too.
  for (const type of ['pointerdown', 'touchstart', 'keydown']) {
    document.addEventListener(type, touched, { passive: true, capture: true })
  }
  $('[data-next]').addEventListener('click', loop.next)
  $('[data-prev]').addEventListener('click', loop.previous)
  pauseButton.addEventListener('click', () => {
    paused = pauseButton.getAttribute('aria-pressed') !== 'true'
    pauseButton.setAttribute('aria-pressed', String(paused))
    pauseButton.textContent = paused ? '继续' : '暂停'
  })
  document
    .querySelectorAll<HTMLButtonElement>('[data-goto]')
    .forEach((button) => button.addEventListener('click', () => loop.goto(button.dataset.goto ?? '')))
  // A horizontal swipe moves one item, as the buttons do.
  let swipeFrom: number | undefined
  document.addEventListener('pointerdown', (e) => (swipeFrom = e.clientX), { passive: true })
  document.addEventListener('pointerup', (e) => {
    if (swipeFrom === undefined) return
    const dx = e.clientX - swipeFrom
    swipeFrom = undefined
    if (Math.abs(dx) > 80) (dx < 0 ? loop.next : loop.previous)()
  })

  registerOffline(data.village ?? '', reporter.error)

  const every = (ms: number, run: () => void) => window.setInterval(run, ms / speed)
  data.mode = 'loop'
  loop.show(0)
  hours.tick()
  hours.check()
  loop.schedule()
  every(1000, hours.tick)
  every(HOURS_CHECK_MS, hours.check)
  every(WATCHDOG_MS, () =>
    reporter.watchdog(
      data.mode === 'loop' && !hours.isOff() && !paused && loop.moves(),
      loop.movedAt(),
      slideMs,
    ),
  )
  every(SHIFT_MS, hours.shift)
  every(UPDATE_CHECK_MS, updater.check)
  every(HEARTBEAT_MS, reporter.heartbeat)
  reporter.heartbeat()
}
