/**
 * What the kiosk page hands its runtime: one object, written by the page from the screen's public
 * record (typed here, so the two cannot drift) and checked by the runtime before it starts.
 */
import { TIME_PATTERN, type WeeklyHours } from '@xiangfeng/content-schema/hours'

import type { Daypart } from './loop'

export type KioskSettings = {
  /** The build this page belongs to: the updater compares it with the live one. */
  build: string
  /** The screen's id ('' for a village's default screen, which reports nothing). */
  screen: string
  village: string
  /** The CMS's public address, for heartbeats. */
  cms: string
  slideSeconds: number
  idleSeconds: number
  hours: WeeklyHours
  dayparts: Daypart[]
}

export class KioskSettingsError extends Error {}

const text = (value: unknown, what: string) => {
  if (typeof value !== 'string') throw new KioskSettingsError(`kiosk settings: ${what} must be a string`)
  return value
}
const seconds = (value: unknown, what: string) => {
  if (typeof value !== 'number' || !(value >= 1 && value <= 3600))
    throw new KioskSettingsError(`kiosk settings: ${what} must be 1–3600 seconds`)
  return value
}
const times = (value: unknown, what: string, keys: string[]) => {
  if (!Array.isArray(value)) throw new KioskSettingsError(`kiosk settings: ${what} must be a list`)
  for (const row of value)
    for (const key of keys)
      if (!TIME_PATTERN.test(text(row?.[key], `${what}.${key}`)))
        throw new KioskSettingsError(`kiosk settings: ${what}.${key} must be HH:MM`)
  return value
}

/** The page's settings as the runtime may rely on them; a page that hands anything else is refused. */
export function readKioskSettings(json: string | undefined): KioskSettings {
  let raw: Record<string, unknown>
  try {
    raw = JSON.parse(json ?? '')
  } catch {
    throw new KioskSettingsError('kiosk settings: not JSON')
  }
  const dayparts = times(raw.dayparts, 'dayparts', ['from', 'to']) as Daypart[]
  for (const part of dayparts)
    if (!Array.isArray(part.sections) || part.sections.some((s) => typeof s !== 'string'))
      throw new KioskSettingsError('kiosk settings: dayparts.sections must be a list of names')
  return {
    build: text(raw.build, 'build'),
    screen: text(raw.screen, 'screen'),
    village: text(raw.village, 'village'),
    cms: text(raw.cms, 'cms'),
    slideSeconds: seconds(raw.slideSeconds, 'slideSeconds'),
    idleSeconds: seconds(raw.idleSeconds, 'idleSeconds'),
    hours: times(raw.hours, 'hours', ['on', 'off']) as WeeklyHours,
    dayparts,
  }
}
