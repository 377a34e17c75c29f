import { DEFAULT_HOURS } from '@xiangfeng/content-schema'

/** Demo screens: the two kinds of device the service centres have. */
export const demoScreens = [
  {
    name: '一楼大厅电视',
    slug: 'da-ting-dian-shi',
    village: 'qing-xi-cun',
    orientation: 'landscape',
    hours: DEFAULT_HOURS,
    // Lecture notices while people come in to do business; role models in the afternoon.
    dayparts: [
      { from: '08:00', to: '12:00', sections: ['lectures', 'policies'] },
      { from: '12:00', to: '18:00', sections: ['roleModels', 'rules'] },
    ],
    slideSeconds: 12,
    idleSeconds: 90,
  },
  {
    name: '服务大厅立式屏',
    slug: 'li-shi-ping',
    village: 'tao-yuan-cun',
    orientation: 'portrait',
    // Closed on Sundays; open until noon on Saturdays.
    hours: DEFAULT_HOURS.filter((h) => h.weekday !== '7').map((h) =>
      h.weekday === '6' ? { ...h, off: '12:00' } : h,
    ),
    dayparts: [],
    slideSeconds: 15,
    idleSeconds: 120,
  },
]
