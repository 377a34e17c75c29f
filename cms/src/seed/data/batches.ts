import type { VillageSlug } from './places'

export type SeedBatch = {
  title: string
  announcedOn: string
  issuedBy: string
  intro?: string
  village?: VillageSlug
  /** Days from the seed's "now": a notice that is running whenever the demo is made. */
  notice?: { startsOn: string | number; endsOn: string | number; objectionsTo: string }
  featuredOnKiosk?: boolean
}

export const JULY_FIRST = '2026年度庆七一“身边好榜样”'
export const LAST_YEAR = '2025年度“身边好榜样”'
export const SECOND_2026 = '2026年第二批“身边好榜样”'

const TOWNSHIP_OFFICE = '云溪镇党政综合办公室（镇政府一楼，电话 0571-8800 0000）'

export const batches: SeedBatch[] = [
  {
    title: LAST_YEAR,
    announcedOn: '2025-12-30',
    issuedBy: '中共云溪镇委员会 云溪镇人民政府',
    intro: '经各村推荐、镇评议和公示，评选出2025年度“身边好榜样”。',
    notice: { startsOn: '2025-12-18', endsOn: '2025-12-24', objectionsTo: TOWNSHIP_OFFICE },
  },
  {
    title: JULY_FIRST,
    announcedOn: '2026-07-01',
    issuedBy: '中共云溪镇委员会 云溪镇人民政府',
    intro: '庆祝中国共产党成立105周年之际，镇党委、镇政府对以下“身边好榜样”予以表彰。',
    notice: { startsOn: '2026-06-19', endsOn: '2026-06-25', objectionsTo: TOWNSHIP_OFFICE },
  },
  {
    title: SECOND_2026,
    announcedOn: '2026-11-20',
    issuedBy: '中共云溪镇委员会 云溪镇人民政府',
    intro: '经各村推荐、镇评议，现将2026年第二批“身边好榜样”拟表彰人选予以公示。',
    // Running at the time of any demo: from three days before the seed to three days after.
    notice: { startsOn: -3, endsOn: 3, objectionsTo: TOWNSHIP_OFFICE },
    featuredOnKiosk: true,
  },
]
