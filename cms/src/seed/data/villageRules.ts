import type { VillageSlug } from './places'

export type SeedVillageRules = {
  village: VillageSlug
  title: string
  versionLabel: string
  status: 'in-force' | 'repealed'
  preamble: string
  chapters: { title: string; articles: string[] }[]
  shortVersion?: string
  adoptionSteps: { kind: string; date: string; note?: string }[]
  vote: {
    meetingType: string
    date: string
    eligible: number
    present: number
    for: number
    against: number
    abstain: number
  }
  /** versionLabel of the earlier rules of the same village that these replace. */
  supersedes?: string
}

const commonChapters = (special: { customs: string; environment: string; points: string }) => [
  {
    title: '第一章 总则',
    articles: [
      '为推进自治、法治、德治相结合，建设文明和谐乡村，根据《中华人民共和国村民委员会组织法》等法律法规，结合本村实际，制定本村规民约。',
      '本村规民约经村民会议讨论通过，全体村民共同遵守。',
    ],
  },
  {
    title: '第二章 规范日常行为',
    articles: [
      '遵守法律法规，不参与赌博、迷信活动，不信谣、不传谣。',
      special.environment,
      '爱护公共设施，不损坏道路、路灯、健身器材等公共财物。',
    ],
  },
  {
    title: '第三章 维护公共秩序',
    articles: [
      '不在村道上晾晒粮食、堆放杂物，保障道路畅通。',
      '饲养犬只应当拴养或圈养，外出牵绳，及时清理粪便。',
    ],
  },
  {
    title: '第四章 保障群众权益',
    articles: [
      '村务、财务按规定公开，村民有权查询和监督。',
      '尊重妇女、儿童、老年人和残疾人的合法权益，不得歧视、虐待。',
    ],
  },
  {
    title: '第五章 调解群众纠纷',
    articles: [
      '邻里之间发生纠纷，先由村调解委员会调解；调解不成的，可以依法申请仲裁或向人民法院起诉。',
      '调解坚持自愿、平等、合法的原则，不得强迫当事人接受调解。',
    ],
  },
  {
    title: '第六章 引导民风民俗',
    articles: [special.customs, '孝敬父母、赡养老人，子女不得以任何理由拒绝履行赡养义务。', special.points],
  },
  {
    title: '第七章 附则',
    articles: [
      '本村规民约由村民委员会负责解释，与法律法规相抵触的，以法律法规为准。',
      '本村规民约自公布之日起施行。',
    ],
  },
]

export const villageRules: SeedVillageRules[] = [
  {
    village: 'qing-xi-cun',
    title: '清溪村村规民约',
    versionLabel: '2019年版',
    status: 'repealed',
    preamble: '为建设文明清溪，经全体村民讨论，制定本村规民约。',
    chapters: commonChapters({
      customs: '红白喜事不大操大办。',
      environment: '保持房前屋后干净整洁。',
      points: '评选“文明户”，年底张榜表扬。',
    }),
    adoptionSteps: [
      { kind: 'collect-opinions', date: '2019-03-01' },
      { kind: 'legal-review', date: '2019-03-20' },
      { kind: 'vote', date: '2019-04-06' },
      { kind: 'filing', date: '2019-04-15' },
      { kind: 'publication', date: '2019-04-18' },
    ],
    vote: {
      meetingType: 'assembly',
      date: '2019-04-06',
      eligible: 1320,
      present: 912,
      for: 876,
      against: 12,
      abstain: 24,
    },
  },
  {
    village: 'qing-xi-cun',
    title: '清溪村村规民约',
    versionLabel: '2024年修订版',
    status: 'in-force',
    preamble:
      '为推进乡村振兴，建设产业兴旺、生态宜居、乡风文明的新清溪，在2019年版基础上广泛征求意见，修订本村规民约。',
    chapters: commonChapters({
      customs: '红白喜事实行申报备案，婚事新办、丧事简办，彩礼不超过当地倡导标准，宴席不超过15桌。',
      environment: '垃圾分类投放，猕猴桃园的农药包装废弃物统一交回收点，不得随意丢弃。',
      points:
        '实行积分制管理，每季度评议一次；红榜经本人同意后公示，黑榜只公示不文明行为类别和次数，不公示姓名。',
    }),
    shortVersion:
      '清溪村，好风尚；守法纪，讲诚信。\n房前后，常打扫；垃圾分，不乱倒。\n红白事，简单办；敬老人，孝当先。\n邻里间，多谦让；有纠纷，找调解。',
    adoptionSteps: [
      { kind: 'collect-opinions', date: '2024-02-26', note: '发放征求意见表480份，收回452份' },
      { kind: 'draft', date: '2024-03-12' },
      { kind: 'legal-review', date: '2024-03-28', note: '镇司法所审核，删去一条涉及罚款的条款' },
      { kind: 'public-consultation', date: '2024-04-02', note: '公示7天' },
      { kind: 'vote', date: '2024-04-16' },
      { kind: 'filing', date: '2024-04-25' },
      { kind: 'publication', date: '2024-05-01' },
    ],
    vote: {
      meetingType: 'representatives',
      date: '2024-04-16',
      eligible: 68,
      present: 61,
      for: 58,
      against: 1,
      abstain: 2,
    },
    supersedes: '2019年版',
  },
  {
    village: 'tao-yuan-cun',
    title: '桃园村村规民约',
    versionLabel: '2023年版',
    status: 'in-force',
    preamble: '为发展乡村旅游、建设美丽桃园，经村民会议讨论通过，制定本村规民约。',
    chapters: commonChapters({
      customs: '经营农家乐诚信待客、明码标价，不欺客宰客。',
      environment: '桃园采摘季节做好卫生保洁，不向河道倾倒垃圾和污水。',
      points: '每年评选“诚信经营户”和“最美庭院”，在村务公开栏表扬。',
    }),
    shortVersion: '桃园村，山水美；迎游客，讲诚信。\n河道清，院落净；孝老人，睦四邻。',
    adoptionSteps: [
      { kind: 'collect-opinions', date: '2023-02-10' },
      { kind: 'draft', date: '2023-02-25' },
      { kind: 'legal-review', date: '2023-03-10' },
      { kind: 'vote', date: '2023-03-22' },
      { kind: 'filing', date: '2023-03-30' },
      { kind: 'publication', date: '2023-04-03' },
    ],
    vote: {
      meetingType: 'assembly',
      date: '2023-03-22',
      eligible: 980,
      present: 702,
      for: 688,
      against: 4,
      abstain: 10,
    },
  },
  {
    village: 'shi-qiao-cun',
    title: '石桥村村规民约',
    versionLabel: '2022年版',
    status: 'in-force',
    preamble: '为保护古石桥等历史遗存，弘扬志愿服务精神，制定本村规民约。',
    chapters: commonChapters({
      customs: '倡导邻里互助，鼓励村民参加志愿服务队，关爱留守老人和儿童。',
      environment: '保护古石桥及周边环境，不在桥上堆放杂物、刻画涂写。',
      points: '志愿服务时长计入积分，积分可在村爱心超市兑换生活用品。',
    }),
    adoptionSteps: [
      { kind: 'collect-opinions', date: '2022-05-05' },
      { kind: 'legal-review', date: '2022-05-30' },
      { kind: 'vote', date: '2022-06-10' },
      { kind: 'filing', date: '2022-06-20' },
      { kind: 'publication', date: '2022-06-24' },
    ],
    vote: {
      meetingType: 'representatives',
      date: '2022-06-10',
      eligible: 52,
      present: 49,
      for: 47,
      against: 0,
      abstain: 2,
    },
  },
  {
    village: 'liu-wan-cun',
    title: '柳湾村村规民约',
    versionLabel: '2025年版',
    status: 'in-force',
    preamble: '为推进移风易俗、建设平安柳湾，经村民代表会议表决通过，制定本村规民约。',
    chapters: commonChapters({
      customs: '成立红白理事会，倡导集体婚礼、简办丧事，不攀比彩礼，不燃放烟花爆竹。',
      environment: '汛期服从村委会统一安排，不在河滩建房、采砂。',
      points: '实行积分制和红黑榜：红榜经本人同意后公示姓名；黑榜只公示不文明行为的类别和次数，不点名。',
    }),
    shortVersion:
      '柳湾村，沿河住；防汛期，听安排。\n办喜事，不攀比；办丧事，要简办。\n积分制，人人比；红榜上，有你我。',
    adoptionSteps: [
      { kind: 'collect-opinions', date: '2025-01-06' },
      { kind: 'draft', date: '2025-01-20' },
      { kind: 'legal-review', date: '2025-02-12' },
      { kind: 'public-consultation', date: '2025-02-18' },
      { kind: 'vote', date: '2025-03-02' },
      { kind: 'filing', date: '2025-03-10' },
      { kind: 'publication', date: '2025-03-15' },
    ],
    vote: {
      meetingType: 'representatives',
      date: '2025-03-02',
      eligible: 45,
      present: 43,
      for: 42,
      against: 0,
      abstain: 1,
    },
  },
]
