/**
 * Controlled vocabularies shared by the CMS (select options) and the site (labels).
 * Values are stable English slugs stored in the database; labels are what users read.
 */

export type Vocabulary<V extends string = string> = readonly { value: V; label: string }[]

function vocabulary<const V extends string>(entries: readonly { value: V; label: string }[]) {
  return entries
}

/** The label of a value, or the value itself when the vocabulary does not know it. */
export function labelOf<V extends string>(vocab: Vocabulary<V>, value: V | string): string {
  return vocab.find((entry) => entry.value === value)?.label ?? value
}

export function valuesOf<V extends string>(vocab: Vocabulary<V>): [V, ...V[]] {
  return vocab.map((entry) => entry.value) as [V, ...V[]]
}

/** 身边好榜样 categories, as selected at the township's 庆七一 event. */
export const roleModelCategories = vocabulary([
  { value: 'pioneer-party-member', label: '先锋引领好党员' },
  { value: 'filial-daughter-in-law', label: '孝老敬亲好儿媳' },
  { value: 'aspiring-youth', label: '向上向善好青年' },
  { value: 'exemplary-family', label: '引领风尚好家庭' },
  { value: 'prosperity-leader', label: '致富带富好村民' },
  { value: 'good-neighbour', label: '和睦友好好邻居' },
  { value: 'helping-others', label: '助人为乐好榜样' },
])

/** A profile is about one person, a household (好家庭) or a group (national lists count 人(组)). */
export const subjectTypes = vocabulary([
  { value: 'person', label: '个人' },
  { value: 'household', label: '家庭' },
  { value: 'group', label: '集体' },
])

export const honourLevels = vocabulary([
  { value: 'village', label: '村级' },
  { value: 'township', label: '镇级' },
  { value: 'county', label: '县级' },
  { value: 'city', label: '市级' },
  { value: 'province', label: '省级' },
  { value: 'national', label: '国家级' },
])

export const lectureSeriesKinds = vocabulary([
  { value: 'law', label: '法治大讲堂' },
  { value: 'morality', label: '道德大讲堂' },
  { value: 'other', label: '其他讲堂' },
])

export const lectureStatuses = vocabulary([
  { value: 'planned', label: '计划举办' },
  { value: 'held', label: '已举办' },
  { value: 'postponed', label: '延期' },
  { value: 'cancelled', label: '取消' },
])

/** The fixed running order of a 道德讲堂 session. */
export const moralityLectureSteps = vocabulary([
  { value: 'reflect', label: '自省' },
  { value: 'sing', label: '唱歌曲' },
  { value: 'learn-from-model', label: '学模范' },
  { value: 'recite', label: '诵经典' },
  { value: 'share', label: '谈感悟' },
  { value: 'blessing', label: '送吉祥' },
])

export const policyTopics = vocabulary([
  { value: 'pension', label: '养老保险' },
  { value: 'medical-insurance', label: '医疗保障' },
  { value: 'land', label: '土地政策' },
  { value: 'subsidy', label: '惠农补贴' },
  { value: 'safety', label: '安全生产' },
  { value: 'election', label: '村级选举' },
  { value: 'social-assistance', label: '社会救助' },
  { value: 'education', label: '教育资助' },
  { value: 'employment', label: '就业创业' },
  { value: 'housing', label: '农房建设' },
])

export const policyValidity = vocabulary([
  { value: 'current', label: '现行有效' },
  { value: 'expired', label: '已失效' },
  { value: 'superseded', label: '已被替代' },
])

export const explainerOrigins = vocabulary([
  { value: 'original', label: '原创' },
  { value: 'reprinted', label: '转载' },
])

export const explainerForms = vocabulary([
  { value: 'text', label: '文字解读' },
  { value: 'graphic', label: '图解' },
  { value: 'video', label: '视频解读' },
  { value: 'audio', label: '音频解读' },
  { value: 'qa', label: '问答' },
])

/** A village-rules version moves through these states; old versions stay readable. */
export const villageRulesStatuses = vocabulary([
  { value: 'draft', label: '草案' },
  { value: 'consultation', label: '征求意见' },
  { value: 'township-review', label: '镇审核' },
  { value: 'voted', label: '已表决' },
  { value: 'filed', label: '已备案' },
  { value: 'in-force', label: '现行' },
  { value: 'repealed', label: '废止' },
])

/** Steps of adoption (四议两公开), recorded with dates. */
export const adoptionStepKinds = vocabulary([
  { value: 'collect-opinions', label: '征集意见' },
  { value: 'draft', label: '起草草案' },
  { value: 'legal-review', label: '镇合法性审核' },
  { value: 'public-consultation', label: '公开征求意见' },
  { value: 'vote', label: '村民会议表决' },
  { value: 'filing', label: '报镇备案' },
  { value: 'publication', label: '公布施行' },
  { value: 'revision', label: '修订' },
])

export const meetingTypes = vocabulary([
  { value: 'assembly', label: '村民会议' },
  { value: 'representatives', label: '村民代表会议' },
])

/** The five areas named by the 2018 national guidance on village rules. */
export const villageRulesAreas = vocabulary([
  { value: 'daily-conduct', label: '规范日常行为' },
  { value: 'public-order', label: '维护公共秩序' },
  { value: 'residents-rights', label: '保障群众权益' },
  { value: 'dispute-mediation', label: '调解群众纠纷' },
  { value: 'customs', label: '引导民风民俗' },
])

export const screenOrientations = vocabulary([
  { value: 'landscape', label: '横屏（1920×1080 电视）' },
  { value: 'portrait', label: '竖屏（1080×1920 立式屏）' },
])

/** What a kiosk loop can show; dayparting picks among these (notices and grids play in every daypart). */
export const kioskSections = vocabulary([
  { value: 'roleModels', label: '身边好榜样' },
  { value: 'lectures', label: '本周和下周讲堂' },
  { value: 'policies', label: '政策解读' },
  { value: 'rules', label: '村规民约' },
])

/** Who looks after a grid: the grid worker, often with a village cadre and the police ('铁三角'). */
export const gridRoles = vocabulary([
  { value: 'grid-leader', label: '网格长' },
  { value: 'grid-worker', label: '网格员' },
  { value: 'village-cadre', label: '包片村干部' },
  { value: 'police', label: '社区民警' },
])

/**
 * What a 黑榜 lists: kinds of conduct, counted, never who. The categories villages' rules and
 * boards name most.
 */
export const conductCategories = vocabulary([
  { value: 'clutter', label: '乱堆乱放' },
  { value: 'littering', label: '乱扔垃圾' },
  { value: 'extravagant-ceremony', label: '红白事大操大办' },
  { value: 'unleashed-dog', label: '犬只未拴养' },
  { value: 'public-property', label: '损坏公共设施' },
  { value: 'neglecting-elders', label: '不尽赡养义务' },
  { value: 'burning', label: '焚烧秸秆垃圾' },
])

/** What a notice is, as villages title them. */
export const noticeKinds = vocabulary([
  { value: 'notice', label: '通知' },
  { value: 'announcement', label: '公告' },
  { value: 'appeal', label: '倡议书' },
])

/** ISO weekdays, Monday first, as the on-hours table lists them. */
export const weekdays = vocabulary([
  { value: '1', label: '星期一' },
  { value: '2', label: '星期二' },
  { value: '3', label: '星期三' },
  { value: '4', label: '星期四' },
  { value: '5', label: '星期五' },
  { value: '6', label: '星期六' },
  { value: '7', label: '星期日' },
])
