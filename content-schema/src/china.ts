/**
 * Time as people in China read it, whatever the device's or server's clock zone. China keeps
 * UTC+8 all year, so a fixed offset is exact and far cheaper than Intl per call. No zod here:
 * the kiosk's runtime imports this module alone.
 */
export const CHINA_OFFSET_MS = 8 * 3600_000

/** The instant shifted so that its UTC fields read as China's wall clock. */
export const chinaWallClock = (at: string | number | Date) =>
  new Date(new Date(at).getTime() + CHINA_OFFSET_MS)

/** The China calendar day of an instant, as 2026-11-22. */
export const chinaDay = (at: string | number | Date) => chinaWallClock(at).toISOString().slice(0, 10)

/** ISO weekday ('1' Monday … '7' Sunday) and HH:MM of an instant in China. */
export function chinaClock(at: Date): { weekday: string; time: string } {
  const china = chinaWallClock(at)
  const weekday = String(((china.getUTCDay() + 6) % 7) + 1)
  return { weekday, time: china.toISOString().slice(11, 16) }
}
