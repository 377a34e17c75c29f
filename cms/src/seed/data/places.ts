export const township = {
  name: '云溪镇',
  slug: 'yun-xi-zhen',
  intro:
    '云溪镇地处秦岭北麓浅山区，辖4个行政村，常住人口约1.2万人。近年来，全镇坚持自治、法治、德治相结合，常态化开展“身边好榜样”评选和法治、道德大讲堂，推动文明乡风建设。',
}

export const villages = [
  {
    name: '清溪村',
    slug: 'qing-xi-cun',
    intro: '清溪村位于镇政府东侧，以猕猴桃种植为主导产业，是市级文明村。',
    serviceCentre: '清溪村党群服务中心（村委会院内）',
  },
  {
    name: '桃园村',
    slug: 'tao-yuan-cun',
    intro: '桃园村依山傍水，发展桃果采摘和农家乐，村里的道德讲堂已坚持开办六年。',
    serviceCentre: '桃园村党群服务中心（桃园广场北侧）',
  },
  {
    name: '石桥村',
    slug: 'shi-qiao-cun',
    intro: '石桥村因村口清代古石桥得名，村志愿服务队常年为留守老人和儿童服务。',
    serviceCentre: '石桥村党群服务中心（古石桥东100米）',
  },
  {
    name: '柳湾村',
    slug: 'liu-wan-cun',
    intro: '柳湾村沿河而建，近年推行积分制管理和红黑榜，移风易俗成效明显。',
    serviceCentre: '柳湾村党群服务中心（村小学旧址）',
  },
] as const

export type VillageSlug = (typeof villages)[number]['slug']

/** Typical errors inspectors flag: wrong characters in titles, outdated official phrases. */
export const flaggedWords = [
  { word: '付书记', hint: '副书记' },
  { word: '付镇长', hint: '副镇长' },
  { word: '带表大会', hint: '代表大会' },
  { word: '攻艰', hint: '攻坚' },
  { word: '建档立卡贫困户', hint: '脱贫户（2021年后的规范表述）' },
  { word: '村官', hint: '村干部' },
  { word: '黑名单', hint: '按行为类别公示次数，不点名' },
]

export const siteSettings = {
  siteName: '乡风·云溪',
  icpNumber: '陕ICP备00000000号-1（演示）',
  publicSecurityNumber: '陕公网安备00000000000000号（演示）',
  contactPhone: '0917-0000000',
  contactAddress: '云溪镇人民政府宣传办（演示地址）',
}

/** One demo login per role; the password is shown in the README. */
export const DEMO_PASSWORD = 'yunxi-demo-2026'

export const demoUsers = [
  { email: 'admin@yunxi.example', name: '系统管理员（演示）', roles: ['admin'], villages: [] },
  { email: 'editor@yunxi.example', name: '王宣传（镇宣传干事）', roles: ['township-editor'], villages: [] },
  { email: 'reviewer@yunxi.example', name: '李复审（镇复审员）', roles: ['township-reviewer'], villages: [] },
  { email: 'leader@yunxi.example', name: '赵终审（分管领导）', roles: ['leader'], villages: [] },
  {
    email: 'qingxi@yunxi.example',
    name: '陈信息（清溪村信息员）',
    roles: ['village-officer'],
    villages: ['qing-xi-cun'],
  },
] as const
