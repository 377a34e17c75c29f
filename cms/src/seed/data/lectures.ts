import { chinaWallClock } from '@xiangfeng/content-schema/china'

import type { VillageSlug } from './places'

export const lectureSeries = [
  {
    slug: 'fa-run-yun-xi',
    name: '法润云溪·普法惠民',
    kind: 'law',
    slogan: '学法懂法用法，做知法守法好村民',
    organiser: '云溪镇司法所、镇综治中心',
    description: '每月一期，邀请法院、司法所和律师事务所的专业人员，围绕群众身边的法律问题开讲。',
  },
  {
    slug: 'yi-wen-hua-ren',
    name: '以文化人·以文育人',
    kind: 'morality',
    slogan: '讲身边好人，树文明乡风',
    organiser: '云溪镇宣传办、新时代文明实践所',
    description:
      '每月一期，按“自省、唱歌曲、学模范、诵经典、谈感悟、送吉祥”六个环节开展，由本地教师和好榜样主讲。',
  },
] as const

const lawTopics: [string, { name: string; unit: string; title: string }][] = [
  ['农村土地承包经营权流转中的法律问题', { name: '周明', unit: '县人民法院', title: '民一庭庭长' }],
  ['婚姻家庭与继承：民法典怎么说', { name: '吴静', unit: '县人民法院', title: '法官' }],
  ['识破养老诈骗，守好“钱袋子”', { name: '郑海', unit: '县公安局云溪派出所', title: '副所长' }],
  ['农民工讨薪有门路', { name: '冯立', unit: '县法律援助中心', title: '律师' }],
  ['邻里纠纷怎么调：人民调解那些事', { name: '褚红', unit: '云溪镇司法所', title: '所长' }],
  ['未成年人保护法进乡村', { name: '卫强', unit: '县人民检察院', title: '检察官' }],
  ['宅基地和农房建设政策问答', { name: '蒋涛', unit: '县自然资源局', title: '科长' }],
  ['反家庭暴力法与妇女权益保障', { name: '沈丽', unit: '县妇女联合会', title: '权益部部长' }],
  ['交通安全与农村道路出行', { name: '韩斌', unit: '县交警大队', title: '中队长' }],
  ['电信网络诈骗防范', { name: '杨帆', unit: '县公安局', title: '反诈中心民警' }],
  ['生产经营中的合同常识', { name: '朱伟', unit: '陕西某律师事务所', title: '律师' }],
  ['宪法进农家：公民的基本权利和义务', { name: '秦文', unit: '市中级人民法院', title: '审判员' }],
  ['森林防火与野生动物保护', { name: '尤刚', unit: '县林业局', title: '执法大队队长' }],
  ['农村集体经济组织法解读', { name: '许诺', unit: '县农业农村局', title: '科长' }],
]

const moralityTopics: [string, { name: string; unit: string; title: string }][] = [
  ['孝道：百善孝为先', { name: '何文华', unit: '云溪镇中心小学', title: '退休教师' }],
  ['家风：好家风代代传', { name: '吕淑贞', unit: '云溪镇初级中学', title: '语文教师' }],
  ['村风：红白喜事新办简办', { name: '施国强', unit: '柳湾村红白理事会', title: '会长' }],
  ['诚信：一诺千金', { name: '张丽华', unit: '云溪镇中心小学', title: '教师' }],
  ['勤俭：节约是美德', { name: '孔德明', unit: '云溪镇文化站', title: '站长' }],
  ['邻里：远亲不如近邻', { name: '曹秀琴', unit: '石桥村', title: '老党员' }],
  ['感恩：知恩图报', { name: '严志远', unit: '云溪镇初级中学', title: '校长' }],
  ['友善：赠人玫瑰，手有余香', { name: '华春梅', unit: '桃园村', title: '妇联主席' }],
  ['敬业：干一行爱一行', { name: '金永福', unit: '县融媒体中心', title: '记者' }],
  ['好家训：读《朱子家训》', { name: '魏玉琴', unit: '云溪镇中心小学', title: '退休教师' }],
  ['移风易俗：向高价彩礼说不', { name: '陶建华', unit: '云溪镇民政办', title: '主任' }],
  ['文明新风：争做文明村民', { name: '姜红', unit: '云溪镇新时代文明实践所', title: '干事' }],
  ['志愿服务：人人可为', { name: '戚亮', unit: '石桥村志愿服务队', title: '队长' }],
  ['家庭教育：父母是孩子的第一任老师', { name: '谢敏', unit: '县关工委', title: '讲师' }],
]

export type SeedLecture = {
  title: string
  series: (typeof lectureSeries)[number]['slug']
  speaker: { name: string; unit: string; title: string }
  startsAt: Date
  endsAt: Date
  village: VillageSlug
  held: boolean
  monthOffset: number
}

const villageOrder: VillageSlug[] = ['qing-xi-cun', 'tao-yuan-cun', 'shi-qiao-cun', 'liu-wan-cun']

/** China Standard Time has no daylight saving: a fixed +08:00 offset is exact. */
const chinaTime = (year: number, monthIndex: number, day: number, hour: number, minute = 0) => {
  const month = new Date(Date.UTC(year, monthIndex, 1))
  const y = month.getUTCFullYear()
  const m = String(month.getUTCMonth() + 1).padStart(2, '0')
  return new Date(
    `${y}-${m}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`,
  )
}

/**
 * A year of monthly lectures in both series, placed around the seed date so the demo always
 * has past lectures with recaps and upcoming ones: eleven months back to two months ahead.
 * The month's own lectures fall in the coming days, so "this week" is never empty.
 */
export function lectureSchedule(now = new Date()): SeedLecture[] {
  const chinaNow = chinaWallClock(now)
  const year = chinaNow.getUTCFullYear()
  const month = chinaNow.getUTCMonth()
  const today = chinaNow.getUTCDate()
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const sessions: SeedLecture[] = []
  for (let offset = -11; offset <= 2; offset++) {
    const index = offset + 11
    for (const series of lectureSeries) {
      const law = series.kind === 'law'
      const [title, speaker] = (law ? lawTopics : moralityTopics)[index]
      // This month: two and four days from today (or the month's last days).
      const day = offset === 0 ? Math.min(today + (law ? 2 : 4), daysInMonth) : law ? 12 : 24
      const startHour = law ? 9 : 14
      const startsAt = chinaTime(year, month + offset, day, startHour, 30)
      sessions.push({
        title,
        series: series.slug,
        speaker,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        village: villageOrder[(index + (law ? 0 : 2)) % villageOrder.length],
        held: startsAt < now,
        monthOffset: offset,
      })
    }
  }
  return sessions
}
