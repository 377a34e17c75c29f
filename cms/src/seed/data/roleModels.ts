import { JULY_FIRST, LAST_YEAR, SECOND_2026 } from './batches'
import type { VillageSlug } from './places'

export type SeedRoleModel = {
  name: string
  subjectType: 'person' | 'household' | 'group'
  category:
    | 'pioneer-party-member'
    | 'filial-daughter-in-law'
    | 'aspiring-youth'
    | 'exemplary-family'
    | 'prosperity-leader'
    | 'good-neighbour'
    | 'helping-others'
  village: VillageSlug
  summary: string
  story: string[]
  honours: { title: string; awardedBy: string; awardedOn: string; level: string }[]
  /** The title of its selection batch (data/batches.ts). */
  batch: string
  featuredOnHome?: boolean
  featuredOnKiosk?: boolean
  people?: number
  /** When it was published; 2026年7月2日 unless said. */
  publishedAt?: string
  /** Left as a draft: shows editors the review queue and proves drafts stay private. */
  draft?: boolean
}

export const roleModels: SeedRoleModel[] = [
  {
    name: '张建民',
    subjectType: 'person',
    category: 'pioneer-party-member',
    village: 'qing-xi-cun',
    summary: '入党三十二年的老支书，带领村民修通进山路、建起猕猴桃合作社，退休后仍义务当调解员。',
    story: [
      '## 修路的老支书',
      '1994年，张建民入党。2003年当选清溪村党支部书记时，村里进山只有一条泥巴路，猕猴桃运不出去，烂在地里是常事。他挨家挨户动员，带着党员先干，用三个冬天修通了4.6公里的水泥路。',
      '## 合作社的带头人',
      '路通了，他又牵头成立猕猴桃专业合作社，请来县农技站的专家手把手教剪枝、授粉。如今合作社有社员186户，户均年增收两万多元。',
      '## 退休不褪色',
      '2021年卸任后，张建民主动担任村人民调解员。三年来，他调解邻里纠纷47起，没有一起上交到镇里。村民说：“有事找老张，心里就踏实。”',
    ],
    honours: [
      { title: '优秀共产党员', awardedBy: '中共云溪镇委员会', awardedOn: '2026-07-01', level: 'township' },
      { title: '全县优秀人民调解员', awardedBy: '县司法局', awardedOn: '2024-12-20', level: 'county' },
    ],
    batch: JULY_FIRST,
    featuredOnHome: true,
    featuredOnKiosk: true,
  },
  {
    name: '刘秀英',
    subjectType: 'person',
    category: 'pioneer-party-member',
    village: 'liu-wan-cun',
    summary: '网格员刘秀英把28户留守老人的药单记在本子上，疫情、汛期从没落下一户。',
    story: [
      '刘秀英是柳湾村第三网格的网格员，也是有十五年党龄的党员。她的工作本上记着28户留守老人的电话、用药和子女联系方式。',
      '2025年汛期，河水漫过村道，她连夜和村干部一起把11位独居老人转移到村小学旧址，一夜没合眼。',
      '村里推行积分制后，她又主动承担积分登记，每月在党群服务中心张榜公示，做到公开透明。',
    ],
    honours: [
      { title: '优秀网格员', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
    ],
    batch: JULY_FIRST,
    featuredOnKiosk: true,
  },
  {
    name: '王桂兰',
    subjectType: 'person',
    category: 'filial-daughter-in-law',
    village: 'tao-yuan-cun',
    summary: '照顾瘫痪在床的婆婆十一年，婆婆身上从没生过褥疮。',
    story: [
      '2015年，王桂兰的婆婆突发脑梗，从此卧床不起。丈夫常年在外打工，照顾婆婆的担子落在她一个人肩上。',
      '十一年来，她每两个小时给婆婆翻一次身，每天擦洗、按摩，学会了鼻饲和测血压。村医说，卧床这么多年没生褥疮，很少见。',
      '她常说：“谁都有老的一天，我把婆婆当亲妈，孩子们都看在眼里。”',
    ],
    honours: [
      { title: '孝老敬亲好儿媳', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
      { title: '县级“最美儿媳”', awardedBy: '县妇女联合会', awardedOn: '2025-03-08', level: 'county' },
    ],
    batch: JULY_FIRST,
    featuredOnHome: true,
    featuredOnKiosk: true,
  },
  {
    name: '周小红',
    subjectType: 'person',
    category: 'filial-daughter-in-law',
    village: 'shi-qiao-cun',
    summary: '丈夫病故后，她没有改嫁，独自赡养公婆、抚养两个孩子。',
    story: [
      '2019年，周小红的丈夫因病去世，留下年迈的公婆和两个年幼的孩子。有人劝她改嫁，她说：“这个家不能散。”',
      '她白天在村里的食用菌基地打工，晚上照顾公婆起居，两个孩子都考上了县重点中学。',
    ],
    honours: [
      { title: '孝老敬亲好儿媳', awardedBy: '云溪镇人民政府', awardedOn: '2025-07-01', level: 'township' },
    ],
    batch: LAST_YEAR,
  },
  {
    name: '李浩',
    subjectType: 'person',
    category: 'aspiring-youth',
    village: 'qing-xi-cun',
    summary: '大学毕业返乡的“95后”，开网店卖家乡猕猴桃，带动40多户年轻人直播带货。',
    story: [
      '2020年，李浩从省城的大学毕业后回到清溪村。他发现乡亲们的猕猴桃品质好却卖不上价，就开起了网店。',
      '他免费给村里的年轻人讲直播和网店运营，三年来带动40多户开起网店，2025年全村线上销售额突破600万元。',
      '农闲时，他还在村里办了“周末课堂”，给留守儿童辅导功课。',
    ],
    honours: [{ title: '向上向善好青年', awardedBy: '共青团县委', awardedOn: '2026-05-04', level: 'county' }],
    batch: JULY_FIRST,
    featuredOnHome: true,
  },
  {
    name: '孙佳怡',
    subjectType: 'person',
    category: 'aspiring-youth',
    village: 'tao-yuan-cun',
    summary: '乡村医生孙佳怡，五年走遍全村每一户，为慢病老人建起健康档案。',
    story: [
      '孙佳怡是医学院毕业的定向医学生，2021年回到桃园村卫生室工作。',
      '她给全村63位高血压、糖尿病老人建起健康档案，每月上门随访，还教会老人们用手机和在外地的子女视频问诊。',
    ],
    honours: [{ title: '优秀乡村医生', awardedBy: '县卫生健康局', awardedOn: '2025-08-19', level: 'county' }],
    batch: LAST_YEAR,
  },
  {
    name: '陈志国家庭',
    subjectType: 'household',
    category: 'exemplary-family',
    village: 'liu-wan-cun',
    summary: '三代同堂、崇尚节俭，儿子结婚不要彩礼、不摆大席，带头移风易俗。',
    story: [
      '陈志国一家三代七口人，家训是“勤俭持家、和睦待人”。',
      '2025年儿子结婚，一家人主动不要彩礼，婚礼只在村党群服务中心办了简朴的集体婚礼，省下的钱捐给村里修了路灯。',
      '这件事在柳湾村传开后，村红白理事会把“婚事新办”写进了村规民约。',
    ],
    honours: [
      { title: '引领风尚好家庭', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
      { title: '市级文明家庭', awardedBy: '市精神文明建设委员会', awardedOn: '2025-11-10', level: 'city' },
    ],
    batch: JULY_FIRST,
    featuredOnHome: true,
    featuredOnKiosk: true,
    people: 3,
  },
  {
    name: '赵淑芬家庭',
    subjectType: 'household',
    category: 'exemplary-family',
    village: 'shi-qiao-cun',
    summary: '一家人坚持十年义务照看村里的古石桥，清扫、修补、讲解，从不要报酬。',
    story: [
      '村口的古石桥建于清代，赵淑芬一家住在桥头。十年来，她和老伴每天清扫桥面，儿子儿媳节假日给游客义务讲解古桥的故事。',
    ],
    honours: [
      { title: '引领风尚好家庭', awardedBy: '云溪镇人民政府', awardedOn: '2025-07-01', level: 'township' },
    ],
    batch: LAST_YEAR,
    people: 2,
  },
  {
    name: '马长顺',
    subjectType: 'person',
    category: 'prosperity-leader',
    village: 'shi-qiao-cun',
    summary: '种香菇起家，建起食用菌基地，常年吸纳60多名村民就近务工。',
    story: [
      '马长顺早年在外打工学会了香菇种植技术，2016年回村建起第一个大棚。',
      '如今他的食用菌基地有大棚120个，常年吸纳60多名村民就近务工，其中脱贫户23户。他还免费提供菌棒和技术，带着12户村民自己建棚。',
    ],
    honours: [
      { title: '致富带富好村民', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
    ],
    batch: JULY_FIRST,
    featuredOnKiosk: true,
  },
  {
    name: '黄玉梅',
    subjectType: 'person',
    category: 'prosperity-leader',
    village: 'tao-yuan-cun',
    summary: '办起桃园村第一家农家乐，带着姐妹们做手工面、卖桃干，年接待游客两万人次。',
    story: ['黄玉梅的“桃花源农家乐”开了八年，她教会村里十多位妇女做手工面和桃干，产品卖到了省城超市。'],
    honours: [
      { title: '巾帼致富带头人', awardedBy: '县妇女联合会', awardedOn: '2025-03-08', level: 'county' },
    ],
    batch: LAST_YEAR,
  },
  {
    name: '杨德福',
    subjectType: 'person',
    category: 'good-neighbour',
    village: 'qing-xi-cun',
    summary: '退休教师杨德福义务给邻居修家电二十年，工具箱就放在自家门口。',
    story: [
      '杨德福退休前是镇中学的物理老师。退休后，他在自家门口放了一个工具箱，谁家电视、电饭锅坏了都来找他。',
      '二十年来，他修过的家电有上千件，从没收过一分钱。邻居们说：“杨老师家的门，从来不关。”',
    ],
    honours: [
      { title: '和睦友好好邻居', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
    ],
    batch: JULY_FIRST,
  },
  {
    name: '郭秀兰',
    subjectType: 'person',
    category: 'good-neighbour',
    village: 'liu-wan-cun',
    summary: '邻居家孩子父母在外打工，她接送上学六年，管饭不收钱。',
    story: ['邻居家的两个孩子父母常年在外打工，郭秀兰六年如一日接送孩子上下学，孩子们叫她“郭妈妈”。'],
    honours: [
      { title: '和睦友好好邻居', awardedBy: '云溪镇人民政府', awardedOn: '2025-07-01', level: 'township' },
    ],
    batch: LAST_YEAR,
  },
  {
    name: '石桥村志愿服务队',
    subjectType: 'group',
    category: 'helping-others',
    village: 'shi-qiao-cun',
    summary: '32名队员常年为留守老人理发、送餐、打扫卫生，累计服务一万余小时。',
    story: [
      '石桥村志愿服务队成立于2018年，队员有党员、退休教师、返乡青年，共32人。',
      '他们每周二、周五为村里的留守老人理发、送餐、打扫卫生，累计服务一万余小时。2025年冬天，队员们为独居老人更换了46处老化电线。',
    ],
    honours: [
      { title: '助人为乐好榜样', awardedBy: '云溪镇人民政府', awardedOn: '2026-07-01', level: 'township' },
      { title: '全市优秀志愿服务组织', awardedBy: '市文明办', awardedOn: '2025-12-05', level: 'city' },
    ],
    batch: JULY_FIRST,
    featuredOnHome: true,
    featuredOnKiosk: true,
    people: 4,
  },
  {
    name: '何军',
    subjectType: 'person',
    category: 'helping-others',
    village: 'tao-yuan-cun',
    summary: '跳进冰冷的河水救起落水儿童的货车司机何军。',
    story: [
      '2026年2月，货车司机何军路过柳湾河时，看见一名儿童落水，他跳进冰冷的河水把孩子救上岸，随后悄悄离开。',
    ],
    honours: [],
    batch: SECOND_2026,
    draft: true,
  },
  {
    name: '陈晓雨',
    subjectType: 'person',
    category: 'aspiring-youth',
    village: 'liu-wan-cun',
    summary: '返乡大学生陈晓雨办起“周末课堂”，两年来义务辅导留守儿童功课三百多次。',
    story: [
      '2024年大学毕业后，陈晓雨回到柳湾村，在村党群服务中心办起“周末课堂”，每周六给村里的留守儿童辅导功课、讲安全知识。',
      '两年来，“周末课堂”开课三百多次，先后有40多名孩子参加。她还组织了6名返乡大学生轮流授课。',
    ],
    honours: [],
    batch: SECOND_2026,
    publishedAt: '2026-11-20T10:00:00+08:00',
  },
]
