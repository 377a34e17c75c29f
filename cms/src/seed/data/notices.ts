import { chinaDay } from '@xiangfeng/content-schema'

import type { VillageSlug } from './places'

export type SeedNotice = {
  title: string
  kind: 'notice' | 'announcement' | 'appeal'
  issuedBy: string
  village?: VillageSlug
  body: string[]
  validFrom: Date
  validUntil?: Date
  urgent?: boolean
  /** The signed copy offered for download (a PDF made from the text), by its link text. */
  attachment?: string
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** A China day `days` after `now`, 2026-11-24, and that day in words, 11月24日. */
const chinaDayAfter = (now: Date, days: number) => chinaDay(new Date(now.getTime() + days * DAY))
const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`
const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`)

/**
 * The demo's notices, dated from the seed's `now` so that whenever the demo is made one is urgent
 * and in force (石桥村's water cut tomorrow), some run for weeks, one has no end, and one has ended.
 */
export function seedNotices(now: Date): SeedNotice[] {
  const tomorrow = chinaDayAfter(now, 1)
  const meeting = chinaDayAfter(now, 4)
  return [
    {
      title: '移风易俗 文明节俭办婚丧倡议书',
      kind: 'appeal',
      issuedBy: '中共云溪镇委员会 云溪镇人民政府',
      body: [
        '全镇广大党员干部和村民群众：',
        '婚丧嫁娶是人生大事，也是文明乡风的一面镜子。为破除高价彩礼、大操大办、厚葬薄养等陈规陋习，我们倡议：',
        '一、婚事新办。不索要高价彩礼，不搞铺张浪费，提倡集体婚礼、旅行结婚等简约婚礼。',
        '二、丧事简办。不大搞吊唁仪式，不燃放鞭炮，倡导文明祭扫、绿色殡葬。',
        '三、其他事宜不办。除婚丧外，升学、参军、乔迁、生日等一律不摆酒席。',
        '四、党员干部带头。党员干部要严格执行操办婚丧事宜报告制度，做移风易俗的表率。',
        '让我们从自身做起、从现在做起，共建文明、和谐、美丽的云溪！',
      ],
      validFrom: new Date(now.getTime() - 12 * DAY),
    },
    {
      title: '关于冬春季森林防火期严禁野外用火的通告',
      kind: 'announcement',
      issuedBy: '云溪镇人民政府',
      body: [
        '2026年11月1日至2027年4月30日为全镇森林防火期。防火期内，全镇林区及林缘100米范围内严禁一切野外用火：',
        '一、严禁烧荒、烧秸秆、烧田埂草；',
        '二、严禁上坟烧纸、燃放烟花爆竹、点孔明灯；',
        '三、严禁在林区吸烟、野炊、取暖。',
        '发现火情请立即拨打森林防火报警电话12119或镇应急办电话 0571-8800 0119。违反规定的，依照《森林防火条例》予以处罚；构成犯罪的，依法追究刑事责任。',
      ],
      validFrom: new Date(now.getTime() - 20 * DAY),
      validUntil: new Date('2027-04-30T23:59:00+08:00'),
      attachment: '森林防火通告（盖章版）',
    },
    {
      title: '石桥村停水通知',
      kind: 'notice',
      issuedBy: '石桥村村民委员会',
      village: 'shi-qiao-cun',
      urgent: true,
      body: [
        '全体村民：',
        `因镇供水站更换主管道阀门，${monthDay(tomorrow)}（明天）8:00至18:00，石桥村一组至五组全天停水，六组、七组水压偏低。`,
        '请各户提前储备生活用水，停水期间关好水龙头，防止来水时跑水。家中有行动不便老人的，网格员将上门送水。',
        '如有急需，请联系村委会值班电话 0571-8800 2233。',
      ],
      validFrom: new Date(now.getTime() - 2 * HOUR),
      validUntil: at(tomorrow, '18:00'),
    },
    {
      title: '关于召开村民代表会议的通知',
      kind: 'notice',
      issuedBy: '清溪村村民委员会',
      village: 'qing-xi-cun',
      body: [
        '各位村民代表：',
        `定于${monthDay(meeting)}上午9:00在村党群服务中心二楼会议室召开村民代表会议，议题为：`,
        '一、审议《清溪村村规民约》积分制实施细则（修订稿）；',
        '二、通报2026年猕猴桃产业合作社收益分配方案。',
        '请各位代表准时参会，不能参会的请提前向村委会请假。',
      ],
      validFrom: new Date(now.getTime() - DAY),
      validUntil: at(meeting, '12:00'),
    },
    {
      title: '桃果采摘节期间交通管制的通知',
      kind: 'notice',
      issuedBy: '桃园村村民委员会',
      village: 'tao-yuan-cun',
      body: [
        '采摘节期间，桃园广场至观景台道路实行单向通行，外来车辆请停放在村口停车场。',
        '感谢全体村民和游客的理解与配合。',
      ],
      validFrom: new Date(now.getTime() - 45 * DAY),
      validUntil: new Date(now.getTime() - 30 * DAY),
    },
  ]
}
