export type SeedPolicy = {
  title: string
  summary: string
  topics: string[]
  forms: string[]
  policy: {
    title: string
    documentNumber?: string
    issuingBody: string
    issuedOn: string
    effectiveOn?: string
    expiresOn?: string
    validity: 'current' | 'expired' | 'superseded'
    indexNumber?: string
  }
  origin: 'original' | 'reprinted'
  reprintSource?: string
  background: string[]
  mainContent: string[]
  appliesTo?: string
  changes?: string
  keyPoints: string[]
  howToAct?: { office?: string; conditions?: string; materials?: string; steps?: string; deadline?: string }
  qa: { question: string; answer: string }[]
  /** Title of the explainer that replaces this one. */
  supersededBy?: string
}

const county = '某县人民政府（演示）'

export const policies: SeedPolicy[] = [
  {
    title: '城乡居民基本养老保险缴费档次和补贴标准调整解读',
    summary: '2026年起，城乡居民养老保险缴费档次增加到15档，多缴多补，长缴多得。',
    topics: ['pension'],
    forms: ['text', 'qa'],
    policy: {
      title: '关于调整城乡居民基本养老保险缴费档次和政府补贴标准的通知',
      documentNumber: '某政发〔2025〕31号',
      issuingBody: county,
      issuedOn: '2025-12-10',
      effectiveOn: '2026-01-01',
      validity: 'current',
      indexNumber: 'YX-2025-000031',
    },
    origin: 'original',
    background: [
      '为进一步提高城乡居民养老保障水平，鼓励群众选择较高档次缴费，县政府对缴费档次和补贴标准作了调整。',
    ],
    mainContent: [
      '缴费档次由原来的12档增加到15档，最低每年200元，最高每年6000元。',
      '政府补贴随缴费档次提高：选择200元档补贴30元，选择1000元及以上档次补贴不低于100元。',
      '| 缴费档次（元/年） | 政府补贴（元/年） |',
      '| 200 | 30 |',
      '| 500 | 60 |',
      '| 1000及以上 | 不低于100 |',
      '重度残疾人等困难群体，由政府按最低档次代缴。',
    ],
    appliesTo: '年满16周岁（不含在校学生）、未参加城镇职工基本养老保险的本县户籍居民。',
    changes: '缴费档次增加3档，较高档次的政府补贴提高了20至50元。',
    keyPoints: ['缴费档次增加到15档', '多缴多补、长缴多得', '困难群体由政府代缴'],
    howToAct: {
      office: '村便民服务代办点或镇社保所',
      materials: '身份证或社保卡',
      steps: '到村代办点登记缴费档次，通过银行、手机银行或“陕西社会保险”APP缴费。',
      deadline: '每年12月31日前缴纳当年保费。',
    },
    qa: [
      {
        question: '我今年58岁，还能参保吗？',
        answer: '可以。到60周岁时缴费不满15年的，可以延长缴费或一次性补缴。',
      },
      {
        question: '选哪个档次划算？',
        answer: '档次越高，政府补贴越多，将来领取的养老金也越多。请根据家庭经济情况选择。',
      },
    ],
  },
  {
    title: '2026年城乡居民医保集中缴费解读',
    summary: '2026年度城乡居民医保个人缴费标准为每人每年400元，集中缴费期到12月31日。',
    topics: ['medical-insurance'],
    forms: ['text', 'graphic', 'qa'],
    policy: {
      title: '关于做好2026年度城乡居民基本医疗保险集中参保缴费工作的通知',
      documentNumber: '某医保发〔2025〕9号',
      issuingBody: '某县医疗保障局（演示）',
      issuedOn: '2025-09-01',
      validity: 'current',
    },
    origin: 'original',
    background: ['城乡居民医保按年度缴费，集中缴费期内缴费的，次年1月1日起享受待遇。'],
    mainContent: ['个人缴费标准为每人每年400元。', '特困人员、低保对象等由医疗救助资金全额或定额资助。'],
    keyPoints: ['每人每年400元', '12月31日前缴费，次年享受待遇', '困难群众有资助'],
    howToAct: {
      office: '村医保代办员',
      steps: '通过微信“陕西医保”小程序或村代办员缴费。',
      deadline: '2025年12月31日',
    },
    qa: [
      { question: '在外打工的家人怎么缴？', answer: '可以在手机上缴费，也可以请家人凭身份证号在村里代缴。' },
    ],
  },
  {
    title: '耕地地力保护补贴发放解读',
    summary: '种地的农户按确权面积领取耕地地力保护补贴，撂荒地不再发放。',
    topics: ['subsidy', 'land'],
    forms: ['text'],
    policy: {
      title: '关于做好2026年耕地地力保护补贴工作的通知',
      documentNumber: '某农发〔2026〕3号',
      issuingBody: '某县农业农村局（演示）',
      issuedOn: '2026-03-15',
      validity: 'current',
    },
    origin: 'original',
    background: ['耕地地力保护补贴是为了鼓励农民保护耕地、种好粮食。'],
    mainContent: ['补贴标准为每亩105元，按确权面积核定。', '已改变用途、长期撂荒的耕地不享受补贴。'],
    keyPoints: ['每亩105元', '撂荒地不补', '通过“一卡通”发放'],
    qa: [
      { question: '土地流转出去了，补贴给谁？', answer: '原则上发给承包户，流转合同另有约定的按约定执行。' },
    ],
  },
  {
    title: '农村宅基地申请审批流程解读',
    summary: '一户只能拥有一处宅基地，申请由村里初审、镇里审批，全程在村公示。',
    topics: ['land', 'housing'],
    forms: ['text', 'graphic'],
    policy: {
      title: '某县农村宅基地审批管理办法',
      documentNumber: '某政办发〔2024〕18号',
      issuingBody: county,
      issuedOn: '2024-06-20',
      validity: 'current',
    },
    origin: 'original',
    background: ['为规范宅基地审批、保护耕地，县政府制定了审批管理办法。'],
    mainContent: [
      '农村村民一户只能拥有一处宅基地。',
      '申请流程：农户申请、村民小组讨论、村委会审查公示、镇政府审批。',
    ],
    keyPoints: ['一户一宅', '先批后建', '审批结果在村公示'],
    howToAct: {
      office: '镇便民服务中心国土窗口',
      materials: '申请表、户口簿、身份证',
      steps: '村级初审后报镇审批，20个工作日内办结。',
    },
    qa: [{ question: '旧房翻建要审批吗？', answer: '原址翻建也需要申请，不能擅自扩大面积。' }],
  },
  {
    title: '村（社区）“两委”换届选举中的选民登记解读',
    summary: '选举前要进行选民登记，年满18周岁的村民都有选举权和被选举权。',
    topics: ['election'],
    forms: ['text', 'qa'],
    policy: {
      title: '某省村民委员会选举办法',
      issuingBody: '某省人民代表大会常务委员会（演示）',
      issuedOn: '2020-11-26',
      validity: 'current',
    },
    origin: 'reprinted',
    reprintSource: '某省民政厅网站（演示）',
    background: ['依法做好选民登记，是保障村民选举权利的第一步。'],
    mainContent: [
      '户籍在本村且在本村居住的村民，年满18周岁，应当列入选民名单。',
      '选民名单在选举日20日前公布。',
    ],
    keyPoints: ['年满18周岁', '选举日前20日公布名单', '对名单有异议可以申诉'],
    qa: [
      {
        question: '在外打工能投票吗？',
        answer: '可以书面委托本村有选举权的近亲属代为投票，每人最多接受三人委托。',
      },
    ],
  },
  {
    title: '农村生产经营主体安全生产责任解读',
    summary: '农家乐、食用菌大棚等经营主体是安全生产第一责任人。',
    topics: ['safety'],
    forms: ['text'],
    policy: {
      title: '关于加强农村生产经营场所安全管理的通知',
      documentNumber: '某安委办〔2026〕5号',
      issuingBody: '某县安全生产委员会办公室（演示）',
      issuedOn: '2026-04-02',
      validity: 'current',
    },
    origin: 'original',
    background: ['农村生产经营场所点多面广，用火用电、燃气使用风险突出。'],
    mainContent: ['经营者要配备灭火器，规范使用燃气。', '大棚内严禁私拉乱接电线。'],
    keyPoints: ['经营者是第一责任人', '配齐消防器材', '不私拉电线'],
    qa: [{ question: '镇上会来检查吗？', answer: '镇安监站每季度开展一次检查，发现隐患限期整改。' }],
  },
  {
    title: '农村低保申请条件和办理流程解读',
    summary: '家庭人均收入低于当地低保标准、财产符合规定的，可以申请低保。',
    topics: ['social-assistance'],
    forms: ['text', 'qa'],
    policy: {
      title: '某县最低生活保障审核确认办法',
      documentNumber: '某民发〔2025〕14号',
      issuingBody: '某县民政局（演示）',
      issuedOn: '2025-05-20',
      validity: 'current',
    },
    origin: 'original',
    background: ['低保是兜底保障，按照“应保尽保”的原则实施。'],
    mainContent: ['2026年农村低保标准为每人每年5400元。', '申请后由镇政府入户调查，在村里公示7天。'],
    keyPoints: ['以家庭为单位申请', '入户调查并公示', '每年复核'],
    howToAct: { office: '镇便民服务中心社会救助窗口', materials: '申请书、户口簿、身份证、收入证明' },
    qa: [
      {
        question: '子女在外工作，父母能申请吗？',
        answer: '要计算赡养义务人的赡养费，具体以入户调查结果为准。',
      },
    ],
  },
  {
    title: '义务教育阶段家庭经济困难学生资助解读',
    summary: '家庭经济困难的寄宿生可以领取生活补助，小学每年1000元、初中每年1250元。',
    topics: ['education'],
    forms: ['text'],
    policy: {
      title: '关于做好学生资助工作的通知',
      issuingBody: '某县教育局（演示）',
      issuedOn: '2026-08-25',
      validity: 'current',
    },
    origin: 'original',
    background: ['国家对义务教育阶段家庭经济困难学生给予生活补助。'],
    mainContent: ['寄宿生小学每生每年1000元，初中每生每年1250元。'],
    keyPoints: ['向学校申请', '每学期发放'],
    qa: [{ question: '到哪里申请？', answer: '开学后向孩子所在学校的班主任申请。' }],
  },
  {
    title: '返乡创业担保贷款政策解读',
    summary: '返乡创业人员可申请最高30万元的创业担保贷款，财政贴息。',
    topics: ['employment'],
    forms: ['text', 'qa'],
    policy: {
      title: '关于进一步做好创业担保贷款工作的通知',
      documentNumber: '某人社发〔2026〕7号',
      issuingBody: '某县人力资源和社会保障局（演示）',
      issuedOn: '2026-02-18',
      validity: 'current',
    },
    origin: 'original',
    background: ['为鼓励返乡创业、带动就业，县里提高了创业担保贷款额度。'],
    mainContent: ['个人最高可贷30万元，期限不超过3年，财政按规定贴息。'],
    keyPoints: ['最高30万元', '财政贴息', '带动就业的可再提高额度'],
    howToAct: { office: '县就业服务中心', materials: '身份证、营业执照、创业计划书' },
    qa: [{ question: '没有营业执照能贷吗？', answer: '需要先办理营业执照或其他经营许可。' }],
  },
  {
    title: '农村危房改造补助政策解读（2024年版）',
    summary: '农村低收入群体的危房可以申请改造补助。本解读已被2026年版替代。',
    topics: ['housing'],
    forms: ['text'],
    policy: {
      title: '某县农村危房改造实施方案（2024年）',
      documentNumber: '某建发〔2024〕2号',
      issuingBody: '某县住房和城乡建设局（演示）',
      issuedOn: '2024-03-01',
      validity: 'superseded',
    },
    origin: 'original',
    background: ['保障农村低收入群体住房安全。'],
    mainContent: ['C级危房加固补助每户1万元，D级危房重建补助每户3万元。'],
    keyPoints: ['C级加固1万元', 'D级重建3万元'],
    qa: [{ question: '怎么鉴定是不是危房？', answer: '由镇政府组织专业人员免费鉴定。' }],
    supersededBy: '农村危房改造补助政策解读（2026年版）',
  },
  {
    title: '农村危房改造补助政策解读（2026年版）',
    summary: '2026年起，D级危房重建补助提高到每户3.5万元，并增加抗震改造补助。',
    topics: ['housing'],
    forms: ['text', 'graphic'],
    policy: {
      title: '某县农村低收入群体等重点对象住房安全保障实施方案',
      documentNumber: '某建发〔2026〕4号',
      issuingBody: '某县住房和城乡建设局（演示）',
      issuedOn: '2026-01-20',
      effectiveOn: '2026-02-01',
      // 实施期至年底: still current in the demo, and among 统计's "expiring within 30 days".
      expiresOn: '2026-12-15',
      validity: 'current',
    },
    origin: 'original',
    background: ['在2024年方案基础上，提高补助标准，扩大保障对象。'],
    mainContent: [
      'C级危房加固补助每户1.2万元，D级危房重建补助每户3.5万元。',
      '新增农房抗震改造补助每户8000元。',
    ],
    changes: '补助标准提高，新增抗震改造补助。',
    keyPoints: ['D级重建3.5万元', '新增抗震改造补助', '先鉴定后改造'],
    qa: [{ question: '2024年申请过的还能申请吗？', answer: '已享受过补助的，原则上不再重复享受。' }],
  },
  {
    title: '秸秆禁烧与综合利用解读（2023年）',
    summary: '该文件已失效，现行要求以2026年秋季禁烧通知为准。',
    topics: ['safety'],
    forms: ['text'],
    policy: {
      title: '关于做好2023年秋季秸秆禁烧工作的通知',
      issuingBody: '云溪镇人民政府（演示）',
      issuedOn: '2023-09-10',
      validity: 'expired',
    },
    origin: 'original',
    background: ['秸秆焚烧污染空气、引发火灾。'],
    mainContent: ['秋收期间全镇范围内禁止露天焚烧秸秆。'],
    keyPoints: ['禁止露天焚烧', '秸秆还田或收储'],
    qa: [{ question: '秸秆怎么处理？', answer: '可以粉碎还田，也可以交给镇秸秆收储点。' }],
  },
]
