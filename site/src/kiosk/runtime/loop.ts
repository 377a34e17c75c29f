/**
 * The attract loop: which slide shows, moving on every slide length, and what happens at the end
 * of a loop, the only moment the set of slides changes (an urgent notice never cuts into a slide).
 * It knows nothing of touch, hours or updates: `canRun` and `atBoundary` ask the kiosk.
 */
import { chinaClock } from '@xiangfeng/content-schema/china'
import { noticeInForce } from '@xiangfeng/content-schema/notices'

export type Daypart = { from: string; to: string; sections: string[] }

/** Notices and who to call are for everyone who comes in, whatever the time of day. */
export const EVERY_DAYPART = ['notices', 'grids']

/**
 * Every slide in force at `now`: what a visitor may page through. A notice's slide carries the
 * notice's validity, and is in force by the contract's rule; the rest always are.
 */
export const slidesInForce = (all: HTMLElement[], now: Date) =>
  all.filter((s) => noticeInForce(s.dataset, now))

/**
 * The slides the loop shows at `now`: an urgent notice in force takes the screen alone; otherwise
 * the daypart's slides with the notices and grids, or every slide in force outside any daypart or
 * when the daypart has nothing of its own to show.
 */
export function slidesFor(all: HTMLElement[], dayparts: Daypart[], now: Date): HTMLElement[] {
  const live = slidesInForce(all, now)
  const urgent = live.filter((s) => s.dataset.urgent !== undefined)
  if (urgent.length > 0) return urgent
  const { time } = chinaClock(now)
  const part = dayparts.find((p) => p.from <= time && time < p.to)
  const inPart = (s: HTMLElement) => part !== undefined && part.sections.indexOf(s.dataset.section ?? '') >= 0
  if (!live.some(inPart)) return live
  return live.filter((s) => inPart(s) || EVERY_DAYPART.indexOf(s.dataset.section ?? '') >= 0)
}

export type LoopOptions = {
  body: HTMLElement
  slides: HTMLElement[]
  dayparts: Daypart[]
  slideMs: number
  /** Whether the loop may move on by itself now (nobody exploring, not paused, on hours). */
  canRun: () => boolean
  /** Called at the end of each loop; returns true when it took over (an update). */
  atBoundary: () => boolean
}

export function createLoop({ body, slides: all, dayparts, slideMs, canRun, atBoundary }: LoopOptions) {
  const sectionButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-goto]'))
  let slides = slidesFor(all, dayparts, new Date())
  let index = 0
  let timer = 0
  let movedAt = Date.now()

  function show(next: number) {
    index = slides.length > 0 ? (next + slides.length) % slides.length : 0
    all.forEach((slide) => (slide.hidden = slide !== slides[index]))
    const section = slides[index]?.dataset.section
    sectionButtons.forEach((b) => b.classList.toggle('current', b.dataset.goto === section))
    body.dataset.slide = String(index)
    movedAt = Date.now()
  }

  function schedule() {
    window.clearTimeout(timer)
    // A loop of one slide still comes round: its end is where an update, an urgent notice or an
    // expiry takes effect.
    if (!canRun()) return
    timer = window.setTimeout(advance, slideMs)
  }

  function advance() {
    if (index + 1 >= slides.length) return restart()
    show(index + 1)
    schedule()
  }

  /** The end of a loop: the slides for this time of day, from the first. */
  function restart() {
    if (atBoundary()) return
    slides = slidesForNow()
    body.dataset.loops = String(Number(body.dataset.loops ?? 0) + 1)
    show(0)
    schedule()
  }

  const slidesForNow = () => slidesFor(all, dayparts, new Date())

  return {
    show,
    schedule,
    restart,
    stop: () => window.clearTimeout(timer),
    next: () => show(index + 1),
    previous: () => show(index - 1),
    /** Jump to a section: every slide is in reach again, whatever the daypart. */
    goto(section: string) {
      slides = slidesInForce(all, new Date())
      show(slides.findIndex((s) => s.dataset.section === section))
    },
    /** Whether there is anything to move between. */
    moves: () => slides.length > 1,
    movedAt: () => movedAt,
  }
}

export type Loop = ReturnType<typeof createLoop>
