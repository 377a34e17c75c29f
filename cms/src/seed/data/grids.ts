import type { VillageSlug } from './places'

export type SeedGridWorker = {
  name: string
  role: 'grid-leader' | 'grid-worker' | 'village-cadre' | 'police'
  workPhone?: string
  /** The day they agreed to publish the work phone; without it the phone stays private. */
  consentOn?: string
  photo?: boolean
}

export type SeedGrid = {
  village: VillageSlug
  name: string
  area: string
  households?: number
  workers: SeedGridWorker[]
  raiseMatterLink?: string
}

/**
 * The demo's grids: a grid worker, sometimes with the village cadre and the police ('铁三角');
 * some phones published with consent, some kept private; a 说事码 that opens the township's form,
 * one that calls a grid worker, and a grid with neither.
 */
export const grids: SeedGrid[] = [
  {
    village: 'qing-xi-cun',
    name: '清溪村第一网格',
    area: '一组、二组（村东片）',
    households: 312,
    workers: [
      {
        name: '王建华',
        role: 'grid-worker',
        workPhone: '138-0917-2201',
        consentOn: '2026-10-08',
        photo: true,
      },
      { name: '李红梅', role: 'village-cadre', workPhone: '139-0917-3302' },
      { name: '赵刚', role: 'police', workPhone: '0917-88001100', consentOn: '2026-10-09' },
    ],
    raiseMatterLink: 'https://yunxi.example/shuoshi/qing-xi-cun/1',
  },
  {
    village: 'qing-xi-cun',
    name: '清溪村第二网格',
    area: '三组、四组（村西片）',
    households: 286,
    workers: [
      { name: '陈玉兰', role: 'grid-worker', workPhone: '137-0917-4403', consentOn: '2026-10-08' },
      { name: '刘志强', role: 'grid-leader', workPhone: '136-0917-5504' },
    ],
    raiseMatterLink: 'https://yunxi.example/shuoshi/qing-xi-cun/2',
  },
  {
    village: 'tao-yuan-cun',
    name: '桃园村第一网格',
    area: '桃园广场周边一至三组',
    households: 264,
    workers: [{ name: '孙秀英', role: 'grid-worker', workPhone: '135-0917-6605', consentOn: '2026-09-20' }],
  },
  {
    village: 'shi-qiao-cun',
    name: '石桥村网格',
    area: '一组至七组',
    households: 418,
    workers: [{ name: '马建国', role: 'grid-worker', workPhone: '133-0917-8807' }],
  },
  {
    village: 'liu-wan-cun',
    name: '柳湾村第一网格',
    area: '沿河一组至三组',
    households: 301,
    workers: [
      { name: '周丽', role: 'grid-worker', workPhone: '158-0917-7706', consentOn: '2026-10-12' },
      { name: '吴德明', role: 'village-cadre' },
    ],
    raiseMatterLink: 'https://yunxi.example/shuoshi/liu-wan-cun/1',
  },
]
