/**
 * The kiosk's behaviour: attract loop, touch exploration, idle reset, off hours, burn-in shift,
 * heartbeat and updates at a loop boundary. Written for Chromium 87 (the build targets it).
 * `?speed=N` runs every timer N times faster, for tests and the soak benchmark.
 */
// The subpath alone: the package index would bring the whole contract (zod) into the kiosk.
import { chinaClock } from '@xiangfeng/content-schema/china'
import { isOnHours, type WeeklyHours } from '@xiangfeng/content-schema/screens'

type Daypart = { from: string; to: string; sections: string[] }

const WARNING_SECONDS = 10
const HEARTBEAT_MS = 2 * 60_000
const UPDATE_CHECK_MS = 5 * 60_000
const SHIFT_MS = 60_000
const HOURS_CHECK_MS = 30_000
const WATCHDOG_MS = 30_000
/** The loop counts as stalled when it has not moved for this many slide lengths. */
const STALLED_SLIDES = 5
const STALL_NOTE = 'kiosk-stalled'

export function startKiosk(body: HTMLElement) {
  const params = new URLSearchParams(location.search)
  const speed = Math.max(1, Number(params.get('speed')) || 1)
  const config = {
    build: body.dataset.build ?? '',
    screen: body.dataset.screen ?? '',
    cms: body.dataset.cms ?? '',
    slideMs: (Number(body.dataset.slideSeconds) * 1000) / speed,
    idleMs: (Number(body.dataset.idleSeconds) * 1000) / speed,
    hours: JSON.parse(body.dataset.hours ?? '[]') as WeeklyHours,
    dayparts: JSON.parse(body.dataset.dayparts ?? '[]') as Daypart[],
  }
  // The key comes once in the address the admin shows, then stays on the device.
  const key = params.get('key') ?? localStorage.getItem(`kiosk-key:${config.screen}`) ?? ''
  if (params.get('key')) localStorage.setItem(`kiosk-key:${config.screen}`, key)

  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!
  const allSlides = Array.from(document.querySelectorAll<HTMLElement>('.slide'))
  const pauseButton = $<HTMLButtonElement>('[data-pause]')
  const warning = $<HTMLElement>('[data-idle-warning]')
  const countdown = $<HTMLElement>('[data-countdown]')
  const offHours = $<HTMLElement>('[data-off-hours]')
  const stage = $<HTMLElement>('[data-stage]')
  const started = Date.now()

  let slides = allSlides
  let index = 0
  let exploring = false
  let paused = false
  let off = false
  let updateWaiting = false
  // A stall noted before the last reload is the last error to report, until another comes.
  let lastError = sessionStorage.getItem(STALL_NOTE) ?? ''
  sessionStorage.removeItem(STALL_NOTE)
  let movedAt = Date.now()
  let advanceTimer = 0
  let idleTimer = 0
  let warningTimer = 0

  const every = (ms: number, run: () => void) => window.setInterval(run, ms / speed)

  /** The slides the current daypart shows; all of them outside any daypart. */
  function slidesForNow() {
    const { time } = chinaClock(new Date())
    const part = config.dayparts.find((p) => p.from <= time && time < p.to)
    const chosen = part
      ? allSlides.filter((s) => part.sections.indexOf(s.dataset.section ?? '') >= 0)
      : allSlides
    return chosen.length > 0 ? chosen : allSlides
  }

  function show(next: number) {
    index = (next + slides.length) % slides.length
    allSlides.forEach((slide) => (slide.hidden = slide !== slides[index]))
    const section = slides[index]?.dataset.section
    document.querySelectorAll<HTMLButtonElement>('[data-goto]').forEach((b) => {
      b.classList.toggle('current', b.dataset.goto === section)
    })
    body.dataset.slide = String(index)
    movedAt = Date.now()
  }

  function schedule() {
    window.clearTimeout(advanceTimer)
    if (exploring || paused || off || slides.length < 2) return
    advanceTimer = window.setTimeout(advance, config.slideMs)
  }

  function advance() {
    if (index + 1 >= slides.length) return loopBoundary()
    show(index + 1)
    schedule()
  }

  /** The end of a loop: the only moment an update may replace the page. */
  function loopBoundary() {
    if (updateWaiting && !exploring) return applyUpdate()
    slides = slidesForNow()
    body.dataset.loops = String(Number(body.dataset.loops ?? 0) + 1)
    show(0)
    schedule()
  }

  function resumeLoop() {
    exploring = false
    paused = false
    pauseButton.setAttribute('aria-pressed', 'false')
    pauseButton.textContent = '暂停'
    warning.hidden = true
    body.dataset.mode = 'loop'
    loopBoundary()
  }

  /** Someone is using the screen: stop the loop and start the idle countdown. */
  function touched() {
    if (off) return
    exploring = true
    body.dataset.mode = 'exploring'
    window.clearTimeout(advanceTimer)
    window.clearTimeout(idleTimer)
    window.clearInterval(warningTimer)
    warning.hidden = true
    idleTimer = window.setTimeout(
      warnThenReset,
      Math.max(0, config.idleMs - (WARNING_SECONDS * 1000) / speed),
    )
  }

  function warnThenReset() {
    let left = WARNING_SECONDS
    countdown.textContent = String(left)
    warning.hidden = false
    warningTimer = window.setInterval(() => {
      left -= 1
      countdown.textContent = String(left)
      if (left <= 0) {
        window.clearInterval(warningTimer)
        resumeLoop()
      }
    }, 1000 / speed)
  }

  // Touch, mouse and keys all count as someone using the screen; the warning's button too.
  for (const type of ['pointerdown', 'touchstart', 'keydown']) {
    document.addEventListener(type, touched, { passive: true, capture: true })
  }
  $('[data-next]').addEventListener('click', () => show(index + 1))
  $('[data-prev]').addEventListener('click', () => show(index - 1))
  pauseButton.addEventListener('click', () => {
    paused = pauseButton.getAttribute('aria-pressed') !== 'true'
    pauseButton.setAttribute('aria-pressed', String(paused))
    pauseButton.textContent = paused ? '继续' : '暂停'
  })
  document.querySelectorAll<HTMLButtonElement>('[data-goto]').forEach((button) =>
    button.addEventListener('click', () => {
      slides = allSlides
      show(allSlides.findIndex((s) => s.dataset.section === button.dataset.goto))
    }),
  )
  // A horizontal swipe moves one item, as the buttons do.
  let swipeFrom: number | undefined
  document.addEventListener('pointerdown', (e) => (swipeFrom = e.clientX), { passive: true })
  document.addEventListener('pointerup', (e) => {
    if (swipeFrom === undefined) return
    const dx = e.clientX - swipeFrom
    swipeFrom = undefined
    if (Math.abs(dx) > 80) show(index + (dx < 0 ? 1 : -1))
  })

  // Off hours: a dim clock that wanders, so nothing burns in; during the day the page shifts a few pixels.
  function checkHours() {
    // As in the CMS: a weekday without a row is off all day.
    const nowOff = !isOnHours(config.hours, new Date())
    if (nowOff === off) return
    off = nowOff
    offHours.hidden = !off
    body.dataset.mode = off ? 'off' : 'loop'
    if (off) window.clearTimeout(advanceTimer)
    else resumeLoop()
  }
  function tick() {
    const { time } = chinaClock(new Date())
    $('[data-clock]').textContent =
      `${new Date().toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', weekday: 'long' })} ${time}`
    $('[data-off-clock]').textContent = time
  }
  function shift() {
    const dx = Math.round(Math.random() * 8 - 4)
    const dy = Math.round(Math.random() * 8 - 4)
    stage.style.transform = `translate(${dx}px, ${dy}px)`
    $<HTMLElement>('[data-off-clock]').style.transform = `translate(${dx * 20}px, ${dy * 20}px)`
  }

  // Heartbeat: a simple cross-origin POST (text/plain, no preflight) that needs no answer.
  function heartbeat() {
    if (!config.screen || !key || !config.cms) return
    const report = JSON.stringify({
      key,
      buildId: config.build,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      lastError,
    })
    fetch(`${config.cms}/api/screens/${config.screen}/heartbeat`, {
      method: 'POST',
      mode: 'no-cors',
      headers: { 'content-type': 'text/plain' },
      body: report,
    }).catch(() => undefined)
  }

  // Updates: notice a new build, take it at the end of a loop once its files are cached.
  function checkForUpdate() {
    fetch('/kiosk/build.json', { cache: 'no-store' })
      .then((response) => response.json())
      .then((live: { buildId: string }) => {
        if (live.buildId && live.buildId !== config.build) updateWaiting = true
      })
      .catch(() => undefined)
  }
  function applyUpdate() {
    updateWaiting = false
    body.dataset.mode = 'updating'
    const reload = () => location.reload()
    if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return reload()
    navigator.serviceWorker
      .getRegistration()
      .then((registration) => (registration ? registration.update().then(() => registration) : undefined))
      .then((registration) => {
        const waiting = registration && (registration.waiting || registration.installing)
        if (!waiting) return reload()
        navigator.serviceWorker.addEventListener('controllerchange', reload)
        const activate = () => waiting.postMessage({ type: 'SKIP_WAITING' })
        if (waiting.state === 'installed') activate()
        else
          waiting.addEventListener('statechange', () => {
            if (waiting.state === 'installed') activate()
            // A new build that cannot be cached keeps the old one running.
            if (waiting.state === 'redundant') resumeLoop()
          })
      })
      .catch(() => resumeLoop())
  }

  // Watchdog: a loop that should be moving but is not (a script error broke its timers) starts
  // again from the cached page; nobody is there to press reload.
  function watchdog() {
    const looping = body.dataset.mode === 'loop' && !off && !paused && slides.length > 1
    // Never under 5 s, however fast the test speed: a busy device is not a broken one.
    if (looping && Date.now() - movedAt > Math.max(STALLED_SLIDES * config.slideMs, 5000)) {
      sessionStorage.setItem(
        STALL_NOTE,
        `loop stalled ${Math.round((Date.now() - movedAt) / 1000)} s; reloaded`,
      )
      location.reload()
    }
  }

  // Never a browser error page: an error is reported and the loop goes on.
  window.addEventListener('error', (event) => {
    lastError = String(event.message).slice(0, 300)
  })
  window.addEventListener('unhandledrejection', (event) => {
    lastError = String(event.reason).slice(0, 300)
  })

  if ('serviceWorker' in navigator) {
    // One worker per village: a device keeps only its own village's files.
    const scope = `/kiosk/${body.dataset.village}/`
    navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch((error) => {
      lastError = `service worker: ${error}`
    })
    // Ask the browser to keep the cache even when the device runs short of space.
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => undefined)
  }

  slides = slidesForNow()
  body.dataset.mode = 'loop'
  show(0)
  tick()
  checkHours()
  schedule()
  every(1000, tick)
  every(HOURS_CHECK_MS, checkHours)
  every(WATCHDOG_MS, watchdog)
  every(SHIFT_MS, shift)
  every(UPDATE_CHECK_MS, checkForUpdate)
  every(HEARTBEAT_MS, heartbeat)
  heartbeat()
}
