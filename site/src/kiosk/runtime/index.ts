/**
 * The kiosk's behaviour, wired from its parts: the attract loop (loop.ts), someone exploring and
 * the idle reset (idle.ts), on-hours and burn-in (hours.ts), what a visitor can do (controls.ts),
 * offline and updates at a loop boundary (update.ts), heartbeat and watchdog (report.ts). Written
 * for Chromium 87 (the build targets it). Tests and the soak benchmark drive its timers with
 * Playwright's fake clock; nothing in here serves them.
 */
import { bindControls, showPaused } from './controls'
import { createHours } from './hours'
import { createIdle } from './idle'
import { createLoop } from './loop'
import { createReporter, screenKey } from './report'
import { readKioskSettings } from './settings'
import { createUpdater, registerOffline } from './update'

const HEARTBEAT_MS = 2 * 60_000
const UPDATE_CHECK_MS = 5 * 60_000
const SHIFT_MS = 60_000
const HOURS_CHECK_MS = 30_000
const WATCHDOG_MS = 30_000

/**
 * Longer than most functions on purpose: it is the one place the parts meet, and the state they
 * share (someone exploring, paused) lives here and nowhere else.
 */
export function startKiosk(body: HTMLElement) {
  const params = new URLSearchParams(location.search)
  const data = body.dataset
  const settings = readKioskSettings(data.kiosk)
  const { screen } = settings
  const slideMs = settings.slideSeconds * 1000

  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!
  const pauseButton = $<HTMLButtonElement>('[data-pause]')
  let exploring = false
  let paused = false

  const reporter = createReporter({
    cms: settings.cms,
    screen,
    key: screenKey(screen, params),
    build: settings.build,
  })
  const updater = createUpdater(settings.build)
  const hours = createHours({
    hours: settings.hours,
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
    dayparts: settings.dayparts,
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
    idleMs: settings.idleSeconds * 1000,
    warning: $('[data-idle-warning]'),
    countdown: $('[data-countdown]'),
    onIdle: resumeLoop,
  })

  function resumeLoop() {
    exploring = false
    paused = false
    showPaused(pauseButton, false)
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

  bindControls({ loop, pauseButton, onTouch: touched, onPause: (value) => (paused = value) })

  registerOffline(settings.village, reporter.error)

  data.mode = 'loop'
  loop.show(0)
  hours.tick()
  hours.check()
  loop.schedule()
  const watchdog = () =>
    reporter.watchdog(
      data.mode === 'loop' && !hours.isOff() && !paused && loop.moves(),
      loop.movedAt(),
      slideMs,
    )
  const timers: [number, () => void][] = [
    [1000, hours.tick],
    [HOURS_CHECK_MS, hours.check],
    [WATCHDOG_MS, watchdog],
    [SHIFT_MS, hours.shift],
    [UPDATE_CHECK_MS, updater.check],
    [HEARTBEAT_MS, reporter.heartbeat],
  ]
  for (const [ms, run] of timers) window.setInterval(run, ms)
  reporter.heartbeat()
}
