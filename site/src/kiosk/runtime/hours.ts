/**
 * On-hours and burn-in: off hours show a dim clock that wanders, so nothing burns in; during the
 * day the page shifts a few pixels every minute. The header's clock ticks every second.
 */
import { chinaClock } from '@xiangfeng/content-schema/china'
import { isOnHours, type WeeklyHours } from '@xiangfeng/content-schema/screens'

export type HoursOptions = {
  hours: WeeklyHours
  stage: HTMLElement
  offHours: HTMLElement
  clock: HTMLElement
  offClock: HTMLElement
  /** The screen went off (true) or came back on (false). */
  onChange: (off: boolean) => void
}

export function createHours({ hours, stage, offHours, clock, offClock, onChange }: HoursOptions) {
  let off = false
  return {
    isOff: () => off,
    /** As in the CMS: a weekday without a row is off all day. */
    check() {
      const nowOff = !isOnHours(hours, new Date())
      if (nowOff === off) return
      off = nowOff
      offHours.hidden = !off
      onChange(off)
    },
    tick() {
      const { time } = chinaClock(new Date())
      clock.textContent = `${new Date().toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', weekday: 'long' })} ${time}`
      offClock.textContent = time
    },
    shift() {
      const dx = Math.round(Math.random() * 8 - 4)
      const dy = Math.round(Math.random() * 8 - 4)
      stage.style.transform = `translate(${dx}px, ${dy}px)`
      offClock.style.transform = `translate(${dx * 20}px, ${dy * 20}px)`
    },
  }
}
