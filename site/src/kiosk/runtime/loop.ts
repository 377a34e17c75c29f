/**
 * The attract loop: which slide shows, moving on every slide length, and what happens at the end
 * of a loop. It knows nothing of touch, hours or updates: `canRun` and `atBoundary` ask the kiosk.
 */
import { chinaClock } from '@xiangfeng/content-schema/china'

export type Daypart = { from: string; to: string; sections: string[] }

/** The slides a daypart shows at `now`; all of them outside any daypart, or when it matches none. */
export function slidesFor(all: HTMLElement[], dayparts: Daypart[], now: Date): HTMLElement[] {
  const { time } = chinaClock(now)
  const part = dayparts.find((p) => p.from <= time && time < p.to)
  const chosen = part ? all.filter((s) => part.sections.indexOf(s.dataset.section ?? '') >= 0) : all
  return chosen.length > 0 ? chosen : all
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
    index = (next + slides.length) % slides.length
    all.forEach((slide) => (slide.hidden = slide !== slides[index]))
    const section = slides[index]?.dataset.section
    sectionButtons.forEach((b) => b.classList.toggle('current', b.dataset.goto === section))
    body.dataset.slide = String(index)
    movedAt = Date.now()
  }

  function schedule() {
    window.clearTimeout(timer)
    if (!canRun() || slides.length < 2) return
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
      slides = all
      show(all.findIndex((s) => s.dataset.section === section))
    },
    /** Whether there is anything to move between. */
    moves: () => slides.length > 1,
    movedAt: () => movedAt,
  }
}

export type Loop = ReturnType<typeof createLoop>
