import type { TermInput } from '../../schema';

export const businessTerms: TermInput[] = [
  {
    id: 'bd',
    category: 'business',
    name: { en: 'BD', zh: 'BD' },
    expansion: { en: 'Business Development', zh: '商务拓展' },
    forms: {
      en: ['BD', 'Business Development', 'business development and licensing'],
      zh: ['商务拓展', '商务开发'],
    },
    short: {
      en: "The function that finds and negotiates partnerships: in- and out-licensing, co-development, acquisitions and collaborations. In pharma news a 'BD deal' usually means a licensing transaction.",
      zh: '负责寻找并谈判合作的职能，包括授权引进与对外授权、联合开发、并购和战略合作。医药新闻中的“BD交易”通常指授权许可交易。',
    },
    details: {
      en: 'Pharma BD teams scout external assets, run due diligence and negotiate terms such as upfront, milestone and royalty payments; at CROs and CDMOs, BD instead means winning service contracts from sponsors. In Chinese media BD has become shorthand for the deal itself, as in 出海BD for Chinese biotechs licensing assets to multinationals, a trend that grew sharply in 2024–2025. Outside pharma deals, BD is also the short name of the medtech group Becton, Dickinson and Company and a common abbreviation for Bangladesh.',
      zh: '药企BD团队负责寻找外部资产、开展尽职调查，并谈判首付款、里程碑付款和销售分成等条款；在CRO和CDMO企业，BD则指向申办方拓展服务订单。中文媒体常把BD直接当作交易的代称，如“出海BD”指中国生物技术公司向跨国药企授权资产，这一趋势在2024至2025年明显升温。在医药以外，BD也是医疗器械企业碧迪（Becton Dickinson）的简称和孟加拉国的常用缩写。',
    },
    differences: [
      {
        term: 'licensing',
        en: 'BD is the function and process; licensing is one type of deal it produces.',
        zh: 'BD是职能和过程，授权许可是其达成的一类交易。',
      },
    ],
    related: ['licensing', 'upfront-payment', 'milestone-payment', 'royalty', 'cda', 'newco', 'big-pharma'],
    cues: {
      en: [
        'licensing',
        'deal',
        'deals',
        'partnership',
        'collaboration',
        'in-licensing',
        'out-licensing',
        'upfront',
        'milestone',
        'milestones',
        'asset',
        'pipeline',
        'transaction',
        'due diligence',
        'licensing meetings',
        'cdmo services',
        'rfps',
        'contracts',
        'biotechs',
        'global rights',
      ],
      zh: [
        '授权',
        '交易',
        '合作',
        '首付款',
        '里程碑',
        '出海',
        '引进',
        '管线',
        '尽职调查',
        '资产',
        '对外授权',
        '签单',
        '市场开拓',
        '海外合作伙伴',
        '谈判',
        '独家',
      ],
    },
    otherSenses: [
      {
        id: 'becton_dickinson_and_company',
        expansion: { en: 'Becton, Dickinson and Company', zh: '碧迪医疗（BD公司）' },
        short: {
          en: 'US medical-technology company known as BD, maker of syringes, needles, infusion systems and diagnostics.',
          zh: '美国医疗技术企业，简称BD，生产注射器、针头、输液系统和诊断产品。',
        },
        cues: {
          en: [
            'becton',
            'dickinson',
            'syringes',
            'needles',
            'medical devices',
            'medtech',
            'diagnostics',
            'infusion',
            'nyse',
            'prefilled syringes',
          ],
          zh: ['碧迪', '医疗器械', '注射器', '输液', '诊断', '器械', '碧迪医疗', '预充式注射器', '财报'],
        },
      },
      {
        id: 'twice_daily',
        expansion: { en: 'Twice daily', zh: '每日两次' },
        short: {
          en: 'Dosing abbreviation from Latin bis die, used on prescriptions and in dosing instructions, mainly in the UK.',
          zh: '源自拉丁文bis die的给药频次缩写，意为每日两次，多见于英国处方和用法说明。',
        },
        cues: {
          en: ['mg', 'dose', 'dosing', 'tablet', 'tablets', 'orally', 'oral', 'prescription', 'daily'],
          zh: ['每日两次', '剂量', '口服', '片', '处方', '给药'],
        },
      },
      {
        id: 'blu_ray_disc',
        expansion: { en: 'Blu-ray Disc', zh: '蓝光光盘' },
        short: {
          en: 'Optical disc format for high-definition video and data, successor to the DVD.',
          zh: '用于高清视频和数据存储的光盘格式，DVD的后继者。',
        },
        cues: {
          en: ['blu-ray', 'disc', 'dvd', 'movie', 'film', '4k', 'player', 'edition'],
          zh: ['蓝光', '光盘', '电影', '播放器', '高清', '碟'],
        },
      },
      {
        id: 'bangladesh',
        expansion: { en: 'Bangladesh', zh: '孟加拉国' },
        short: {
          en: "Common abbreviation for Bangladesh (its country code), seen in South Asian news and in coverage of the country's generic drug industry.",
          zh: '孟加拉国的常用缩写（国家代码），见于南亚新闻及该国仿制药产业报道。',
        },
        cues: {
          en: ['bangladesh', 'bangladeshi', 'dhaka', 'taka', 'chittagong', 'south asia'],
          zh: ['孟加拉', '达卡', '塔卡', '南亚', '吉大港', '孟加拉国'],
        },
      },
    ],
  },
  {
    id: 'licensing',
    category: 'business',
    name: { en: 'Licensing', zh: '授权许可' },
    forms: {
      en: [
        'licensing deal',
        'licensing agreement',
        'license agreement',
        'licence agreement',
        'licensing transaction',
        'out-licensing',
        'in-licensing',
        'out-license',
        'out-licence',
        'in-licence',
        'license-out',
        'exclusive license',
        'exclusive licence',
      ],
      zh: ['授权许可', '许可协议', '对外授权', '授权引进', '许可引进', '独家许可', '授权协议'],
    },
    short: {
      en: 'A deal in which a rights holder lets another company develop, make or sell a drug or technology, usually in a defined territory, in return for upfront, milestone and royalty payments.',
      zh: '权利人允许另一企业在约定地域内开发、生产或销售某药物或技术，以换取首付款、里程碑付款和销售分成的交易。',
    },
    details: {
      en: "Licensing is the main way assets move between biotechs and big pharma: out-licensing brings the licensor cash and a partner, and in-licensing fills the licensee's pipeline without buying a whole company. The agreement sets the field, territory (for example global or ex-China), exclusivity, development and commercial duties, and the payment package. Chinese media say 授权引进 or License-in and 对外授权 or License-out; since about 2020 Chinese biotechs have become major out-licensors to multinationals.",
      zh: '授权许可是资产在生物技术公司和大药企之间流动的主要方式：对外授权为授权方带来资金和合作伙伴，授权引进则让被许可方无需收购整个公司即可充实管线。协议约定适应症领域、地域（如全球或大中华区以外）、独占性、开发与商业化义务以及付款安排。中文媒体称“授权引进（License-in）”和“对外授权（License-out）”；大约2020年以来，中国生物技术公司已成为向跨国药企对外授权的重要一方。',
    },
    differences: [
      {
        term: 'newco',
        en: 'In a NewCo deal the asset is licensed into a newly formed company, and the licensor takes equity as well as cash.',
        zh: 'NewCo交易把资产授权给新设立的公司，授权方除现金外还获得股权。',
      },
      {
        term: 'bd',
        en: 'Licensing is a type of deal; BD is the function that sources and negotiates it.',
        zh: '授权许可是一类交易，BD是寻找并谈成交易的职能。',
      },
    ],
    related: ['bd', 'upfront-payment', 'milestone-payment', 'royalty', 'newco', 'cda', 'risk-sharing'],
    cues: {
      en: [
        'licensee',
        'licensor',
        'rights',
        'territory',
        'upfront',
        'milestones',
        'royalties',
        'exclusive',
        'asset',
        'deal',
        'pharma',
        'biotech',
      ],
      zh: ['授权', '许可', '权益', '地域', '首付款', '里程碑', '销售分成', '独家', '资产', '交易'],
    },
  },
  {
    id: 'upfront-payment',
    category: 'business',
    name: { en: 'Upfront payment', zh: '首付款' },
    forms: {
      en: ['upfront payment', 'up-front payment', 'upfront fee', 'upfront cash'],
      zh: ['首付款', '首期付款'],
    },
    short: {
      en: 'The non-refundable cash a licensee or partner pays when a licensing or collaboration deal is signed or closes. The most telling number in a deal, because milestones may never be paid.',
      zh: '授权或合作交易签署或交割时，被许可方一次性支付、通常不可退还的现金。由于里程碑款未必兑现，首付款是衡量交易含金量最关键的数字。',
    },
    details: {
      en: "Headline deal values ('up to $2 billion') add the upfront to contingent milestones, but only the upfront is certain, so analysts compare upfronts to judge how much a buyer really values an asset. Some deals also include an equity investment or near-term milestones paid soon after signing. Chinese reports give it as 首付款, often together with 近期里程碑付款.",
      zh: '交易的“总额最高可达20亿美元”之类说法把首付款与或有的里程碑款相加，但只有首付款是确定的，因此分析师常比较首付款来判断买方对资产的真实估值。有些交易还附带股权投资或签约后不久支付的近期里程碑款。中文报道称“首付款”，常与“近期里程碑付款”并列披露。',
    },
    differences: [
      {
        term: 'milestone-payment',
        en: 'The upfront is paid at signing regardless of outcome; milestones are paid only if agreed events happen.',
        zh: '首付款在签约时支付、与结果无关，里程碑款只在约定事件发生时支付。',
      },
    ],
    related: ['milestone-payment', 'royalty', 'licensing', 'bd', 'newco'],
    cues: {
      en: ['licensing', 'deal', 'milestones', 'royalties', 'million', 'billion', 'agreement', 'rights', 'equity'],
      zh: ['授权', '交易', '里程碑', '销售分成', '亿美元', '万美元', '协议', '权益'],
    },
  },
  {
    id: 'milestone-payment',
    category: 'business',
    name: { en: 'Milestone payment', zh: '里程碑付款' },
    forms: {
      en: [
        'milestone payment',
        'development milestone',
        'regulatory milestone',
        'sales milestone',
        'commercial milestone',
        'biobucks',
      ],
      zh: ['里程碑付款', '里程碑款', '里程碑费用'],
    },
    short: {
      en: 'A payment due when a licensed drug reaches an agreed event, such as a trial start, data readout, approval or sales threshold. Contingent, so much of a deal’s headline value may never be paid.',
      zh: '授权药物达到约定事件（如启动试验、公布数据、获批上市或销售额达标）时支付的款项。由于是或有付款，交易总额中的大部分可能永远不会兑现。',
    },
    details: {
      en: 'Development and regulatory milestones are tied to events such as the first patient dosed in Phase 3, a filing or an approval in a given market; sales milestones are triggered when annual net sales pass set levels. Because many programmes fail, milestone totals, nicknamed biobucks, overstate a deal’s expected value, and investors discount them by the probability of success. The same structure appears in CRO and CDMO risk-sharing deals.',
      zh: '研发和注册里程碑与III期首例给药、递交上市申请或在某市场获批等事件挂钩；销售里程碑则在年净销售额超过约定门槛时触发。由于许多项目会失败，里程碑总额（戏称“biobucks”）高估了交易的期望价值，投资者会按成功概率打折。CRO和CDMO的风险共担交易中也采用同样结构。',
    },
    differences: [
      {
        term: 'upfront-payment',
        en: 'An upfront is paid at signing; a milestone only when an agreed event happens.',
        zh: '首付款在签约时支付，里程碑款只在约定事件发生时支付。',
      },
      {
        term: 'royalty',
        en: 'A sales milestone is a one-off payment at a sales threshold; a royalty is an ongoing percentage of sales.',
        zh: '销售里程碑是达到销售门槛时的一次性付款，销售分成是按销售额持续支付的比例。',
      },
    ],
    related: ['upfront-payment', 'royalty', 'licensing', 'risk-sharing', 'bd'],
    cues: {
      en: [
        'licensing',
        'deal',
        'upfront',
        'royalties',
        'approval',
        'phase 3',
        'net sales',
        'contingent',
        'billion',
        'up to',
      ],
      zh: ['授权', '交易', '首付款', '销售分成', '获批', '临床', '净销售额', '亿美元', '最高'],
    },
    formNotes: [
      {
        form: 'biobucks',
        en: 'Slang for the headline value of a deal made up mostly of contingent milestones that may never be paid.',
        zh: '俚语，指主要由或有里程碑款构成、未必兑现的交易总额。',
      },
    ],
  },
  {
    id: 'royalty',
    category: 'business',
    name: { en: 'Royalty', zh: '销售分成' },
    forms: {
      en: [
        'royalty payment',
        'royalty rate',
        'tiered royalty',
        'royalty on net sales',
        'royalty stream',
        'royalty interest',
        'royalty monetization',
        'royalty monetisation',
      ],
      zh: ['特许权使用费', '销售分成'],
    },
    short: {
      en: "An ongoing payment to a licensor, usually a percentage of the licensee's net sales of the licensed product, often tiered so the rate rises as sales grow.",
      zh: '被许可方按授权产品净销售额的一定比例持续向授权方支付的款项，常为阶梯式，销售额越高费率越高。',
    },
    details: {
      en: 'Royalty rates in drug deals range from low single digits to well into double digits, depending on the asset’s stage and value, and run for a royalty term that often ends with patent or exclusivity expiry in each country. Investors such as Royalty Pharma buy royalty streams for upfront cash (royalty monetisation), a common financing route for biotechs and universities. Chinese deal news usually says 销售分成; 特许权使用费 is the formal legal and tax term.',
      zh: '药物交易的分成比例从个位数低段到两位数不等，取决于资产所处阶段和价值；分成期通常至各国专利或独占期届满为止。Royalty Pharma等投资机构会以现金买断分成收益（分成货币化），这是生物技术公司和高校常用的融资方式。中文交易新闻一般称“销售分成”，“特许权使用费”则是正式的法律和税务用语。',
    },
    differences: [
      {
        term: 'milestone-payment',
        en: 'A royalty is a recurring share of sales; a milestone is a one-off payment when an event occurs.',
        zh: '销售分成按销售额持续支付，里程碑款在事件发生时一次性支付。',
      },
    ],
    related: ['licensing', 'milestone-payment', 'upfront-payment', 'loe', 'market-exclusivity'],
    cues: {
      en: [
        'net sales',
        'tiered',
        'licensing',
        'licensor',
        'licensee',
        'milestones',
        'upfront',
        'percent',
        'drug',
        'deal',
      ],
      zh: ['净销售额', '阶梯', '授权', '许可', '里程碑', '首付款', '比例', '交易'],
    },
  },
  {
    id: 'msa',
    category: 'business',
    name: { en: 'MSA', zh: 'MSA' },
    expansion: { en: 'Master Service Agreement', zh: '主服务协议' },
    forms: {
      en: ['MSA', 'Master Service Agreement', 'Master Services Agreement', 'master supply agreement'],
      zh: ['主服务协议', '主服务合同', '框架服务协议'],
    },
    short: {
      en: 'A framework contract between a sponsor and a CRO or CDMO that fixes the general terms, such as confidentiality, IP, liability and payment, so individual projects can start quickly under separate SOWs.',
      zh: '申办方与CRO或CDMO之间约定保密、知识产权、责任和付款等通用条款的框架合同，具体项目另签工作说明书（SOW），从而快速启动。',
    },
    details: {
      en: 'An MSA is negotiated once and can run for years; each study or manufacturing campaign then gets its own statement of work with scope, timeline and budget. For GMP work a separate quality agreement sits alongside it, and in supply relationships the equivalent framework is often a master supply agreement. An announced MSA signals a relationship, not guaranteed revenue.',
      zh: 'MSA一次谈定，可持续多年；此后每项研究或生产批次另签工作说明书，约定范围、时间表和预算。涉及GMP的工作还须另签质量协议；在供货关系中，对应的框架合同常称为主供应协议（master supply agreement）。宣布签署MSA意味着建立合作关系，并不代表收入已有保障。',
    },
    differences: [
      {
        term: 'sow',
        en: 'The MSA sets general legal terms; an SOW defines one project’s scope, deliverables and budget under it.',
        zh: 'MSA约定通用法律条款，SOW在其框架下界定单个项目的范围、交付物和预算。',
      },
      {
        term: 'quality-agreement',
        en: 'The MSA covers commercial and legal terms; the quality agreement assigns GMP responsibilities.',
        zh: 'MSA规定商业和法律条款，质量协议划分GMP职责。',
      },
    ],
    related: ['sow', 'cda', 'quality-agreement', 'fee-for-service', 'fte-model'],
    cues: {
      en: [
        'agreement',
        'signed',
        'services',
        'cro',
        'cdmo',
        'sponsor',
        'contract',
        'framework',
        'terms',
        'statement of work',
      ],
      zh: ['协议', '签署', '服务', '框架', '合同', '申办方', '外包', '条款'],
    },
    otherSenses: [
      {
        id: 'metropolitan_statistical_area',
        expansion: { en: 'Metropolitan Statistical Area', zh: '大都市统计区' },
        short: {
          en: 'US statistical unit for a core city and its surrounding counties, used in census and economic data.',
          zh: '美国统计单位，由核心城市及周边县组成，用于人口普查和经济数据。',
        },
        cues: {
          en: ['census', 'metro area', 'metropolitan', 'county', 'counties', 'population', 'housing', 'unemployment'],
          zh: ['人口普查', '都市区', '县', '人口', '住房', '失业率'],
        },
      },
      {
        id: 'multiple_system_atrophy',
        expansion: { en: 'Multiple System Atrophy', zh: '多系统萎缩' },
        short: {
          en: 'A rare, progressive neurodegenerative disease with parkinsonism, balance problems and autonomic failure; a target of several drug development programmes.',
          zh: '一种罕见的进行性神经退行性疾病，表现为帕金森综合征、平衡障碍和自主神经功能衰竭，是若干新药研发项目的靶向适应症。',
        },
        cues: {
          en: [
            'atrophy',
            'parkinsonism',
            'parkinson',
            'neurodegenerative',
            'patients',
            'disease',
            'orphan',
            'alpha-synuclein',
            'symptoms',
          ],
          zh: ['多系统萎缩', '帕金森', '神经退行性', '患者', '罕见病', '突触核蛋白'],
        },
      },
    ],
    formNotes: [
      {
        form: 'master supply agreement',
        en: 'The framework contract for commercial supply of a product; in CDMO news the acronym MSA can stand for either.',
        zh: '用于产品商业化供货的框架合同；CDMO新闻中的MSA可能指它，也可能指主服务协议。',
      },
    ],
  },
  {
    id: 'sow',
    category: 'business',
    name: { en: 'SOW', zh: 'SOW' },
    expansion: { en: 'Statement of Work', zh: '工作说明书' },
    forms: {
      en: ['SOW', 'Statement of Work', 'scope of work'],
      zh: ['工作说明书', '工作任务书'],
    },
    short: {
      en: 'A project document under a master agreement that sets out one piece of work, with its scope, deliverables, timelines, assumptions and budget, for example a CRO study or a CDMO development package.',
      zh: '在主协议框架下约定单项工作的项目文件，列明范围、交付物、时间表、假设条件和预算，例如一项CRO研究或一个CDMO开发项目。',
    },
    details: {
      en: 'Each new study, process development package or manufacturing campaign usually gets its own SOW, which incorporates the MSA’s legal terms by reference. Changes in scope are handled through change orders, a frequent source of budget overruns in clinical outsourcing. Chinese contracts call it 工作说明书 or 工作任务书, and many teams simply say SOW.',
      zh: '每项新研究、工艺开发项目或生产批次通常单独签署SOW，并通过引用纳入MSA的法律条款。范围变化通过变更单处理，这也是临床外包预算超支的常见原因。中文合同称“工作说明书”或“工作任务书”，业内也常直接说SOW。',
    },
    differences: [
      {
        term: 'msa',
        en: 'The MSA holds the general terms for the whole relationship; the SOW describes a single project.',
        zh: 'MSA规定整个合作关系的通用条款，SOW描述单个项目。',
      },
    ],
    related: ['msa', 'fee-for-service', 'fte-model', 'cda'],
    cues: {
      en: ['project', 'scope', 'deliverables', 'budget', 'timeline', 'msa', 'change order', 'cro', 'cdmo', 'contract'],
      zh: ['项目', '范围', '交付物', '预算', '时间表', '合同', '变更', '外包'],
    },
    formNotes: [
      {
        form: 'scope of work',
        en: 'Often used interchangeably with statement of work; strictly, the scope is one section of the SOW.',
        zh: '常与statement of work混用；严格说，工作范围只是SOW中的一部分。',
      },
    ],
  },
  {
    id: 'fee-for-service',
    category: 'business',
    name: { en: 'Fee-for-service', zh: '按服务收费' },
    forms: {
      en: ['fee-for-service'],
      zh: ['按服务收费'],
    },
    short: {
      en: 'A pricing model in which a CRO or CDMO is paid per defined task or deliverable, such as a study, a batch or a compound, rather than for staff time. Common in discovery chemistry, manufacturing and full-service trials.',
      zh: 'CRO或CDMO按约定的任务或交付物（如一项研究、一批产品、一个化合物）收费，而非按人员工时收费的计价模式，常见于药物发现化学、生产和全服务临床外包。',
    },
    details: {
      en: 'Under fee-for-service (FFS) the provider carries the efficiency risk: if it delivers with fewer resources it keeps the margin, and if the work runs long it absorbs the cost unless the scope changed. Chinese CXO companies often report revenue by FFS versus FTE model, and investors watch the mix. In healthcare news the same phrase usually means paying doctors and hospitals per service, a different meaning.',
      zh: '在按服务收费（FFS）模式下，效率风险由服务方承担：用更少资源完成即可获得更高利润，工作超时则须自行消化成本，除非范围发生变更。国内CXO企业常按FFS和FTE两种模式拆分收入，投资者关注二者结构。医疗卫生新闻中的同一英文词组通常指医保按项目付费，含义不同。',
    },
    differences: [
      {
        term: 'fte-model',
        en: 'FTE pricing pays for people’s time and leaves productivity risk with the client; fee-for-service pays for results and leaves it with the provider.',
        zh: 'FTE模式为人员时间付费、效率风险在客户，按服务收费为成果付费、效率风险在服务方。',
      },
      {
        term: 'risk-sharing',
        en: 'Fee-for-service is paid regardless of the drug’s success; risk-sharing ties part of the price to it.',
        zh: '按服务收费与药物成败无关，风险共担则把部分报酬与之挂钩。',
      },
    ],
    related: ['fte-model', 'risk-sharing', 'sow', 'msa', 'full-service-outsourcing'],
    cues: {
      en: [
        'cro',
        'cdmo',
        'outsourcing',
        'fte',
        'deliverables',
        'project',
        'revenue',
        'pricing',
        'contract',
        'chemistry',
      ],
      zh: ['外包', '订单', '合同', '项目', '收入', '计价', '化合物', '服务'],
    },
    otherSenses: [
      {
        id: 'fee_for_service_reimbursement',
        expansion: { en: 'Fee-for-service reimbursement', zh: '按项目付费' },
        short: {
          en: 'Healthcare payment model that pays doctors and hospitals for each service delivered, as opposed to value-based or DRG payment.',
          zh: '医保支付方式之一，按医生和医院提供的每项服务付费，与按价值付费或DRG付费相对。',
        },
        cues: {
          en: [
            'medicare',
            'medicaid',
            'physicians',
            'hospitals',
            'reimbursement',
            'value-based',
            'payer',
            'payment model',
            'drg',
            'care',
          ],
          zh: ['医保', '按项目付费', '支付方式', '医院', '医生', '按病种付费', '医疗服务'],
        },
      },
    ],
  },
  {
    id: 'fte-model',
    category: 'business',
    name: { en: 'FTE model', zh: 'FTE模式' },
    forms: {
      en: ['FTE model', 'FTE-based', 'FTE basis', 'full-time equivalent model'],
      zh: ['按工时收费'],
    },
    short: {
      en: 'A pricing model in which the client pays for a dedicated team by full-time equivalents (FTEs) per period, whatever the output. Common in discovery chemistry and FSP clinical services.',
      zh: '客户按全职人力当量（FTE）和时间为专属团队付费、不论产出多少的计价模式，常见于药物发现化学服务和FSP临床服务。',
    },
    details: {
      en: 'The client directs the team’s work and carries the productivity risk, while the provider earns a set rate per FTE per year or month, so its revenue depends on headcount, utilisation and rate increases. Chinese CXO reports often split revenue into FTE and FFS, and analysts track FTE headcount and pricing. FTE pricing underlies most FSP contracts.',
      zh: '客户指挥团队工作并承担效率风险，服务方按每个FTE每年或每月的固定费率收费，收入取决于人员规模、利用率和提价幅度。国内CXO企业财报常把收入拆分为FTE和FFS两类，分析师会跟踪FTE人数和单价。大多数FSP合同采用FTE计价。',
    },
    differences: [
      {
        term: 'fee-for-service',
        en: 'Fee-for-service pays per deliverable; the FTE model pays for people’s time.',
        zh: '按服务收费按交付物付费，FTE模式按人员时间付费。',
      },
      {
        term: 'fsp',
        en: 'FSP is a service model; the FTE model is how it is usually priced.',
        zh: 'FSP是服务模式，FTE是其常用的计价方式。',
      },
    ],
    related: ['fee-for-service', 'fsp', 'sow', 'msa', 'cro'],
    cues: {
      en: [
        'fte',
        'ftes',
        'headcount',
        'rate',
        'team',
        'scientists',
        'chemists',
        'outsourcing',
        'cro',
        'ffs',
        'pricing',
      ],
      zh: ['人员', '团队', '单价', '外包', '化学家', '人数', '工时', '计价'],
    },
  },
  {
    id: 'risk-sharing',
    category: 'business',
    name: { en: 'Risk-sharing', zh: '风险共担' },
    forms: {
      en: [
        'risk-sharing agreement',
        'risk-sharing model',
        'risk-sharing deal',
        'risk-sharing arrangement',
        'risk-sharing partnership',
      ],
      zh: ['风险共担', '风险分担协议', '风险分担机制'],
    },
    short: {
      en: "A deal structure in which partners share the risk and reward of a drug's success, for example a CRO or CDMO accepting lower fees for milestones, royalties or equity, or a payer paying in full only if a drug works.",
      zh: '合作各方共同承担药物成败风险并分享收益的交易结构，例如CRO或CDMO以较低服务费换取里程碑款、销售分成或股权，或支付方仅在药物有效时全额付费。',
    },
    details: {
      en: 'In outsourcing, risk-sharing lets cash-poor biotechs pay part of the service price through success-based payments, while the provider gains upside; Chinese CRO and CDMO groups have used it with early-stage clients, sometimes taking equity for services. In market access, outcome-based or performance-based risk-sharing agreements tie the price or rebate a payer pays to real-world results, and several European payers use them. Both forms trade a lower certain payment for a share of the upside.',
      zh: '在外包领域，风险共担让资金有限的生物技术公司以与成功挂钩的付款抵偿部分服务费，服务方则获得潜在收益；国内CRO和CDMO企业对早期客户采用过这种模式，有时以服务换取股权。在市场准入领域，基于疗效或结果的风险分担协议把支付方的价格或返款与真实世界疗效挂钩，多个欧洲国家的支付方采用这种方式。两者都是以较低的确定收入换取分享收益的机会。',
    },
    differences: [
      {
        term: 'fee-for-service',
        en: 'Fee-for-service is paid whatever happens to the drug; risk-sharing ties part of the payment to its success.',
        zh: '按服务收费与药物成败无关，风险共担把部分报酬与药物成功挂钩。',
      },
    ],
    related: ['fee-for-service', 'milestone-payment', 'royalty', 'take-or-pay', 'licensing'],
    cues: {
      en: ['milestones', 'royalties', 'equity', 'upside', 'success', 'outcomes', 'payer', 'cro', 'cdmo', 'biotech'],
      zh: ['里程碑', '销售分成', '股权', '收益', '疗效', '支付方', '外包', '生物技术公司'],
    },
  },
  {
    id: 'newco',
    category: 'business',
    name: { en: 'NewCo', zh: 'NewCo' },
    forms: {
      en: ['Newco'],
      zh: ['新公司模式'],
    },
    short: {
      en: 'A deal model in which a drug asset is licensed into a newly formed company, usually backed by venture investors, with the licensor taking cash plus an equity stake. Widely used for Chinese assets since 2023.',
      zh: '将药物资产授权给新设立公司（通常由风险投资支持）的交易模式，授权方获得现金和股权。2023年以来被中国药企广泛用于资产出海。',
    },
    details: {
      en: 'Investors create and fund the NewCo, often with an experienced US management team, and it in-licenses ex-China or global rights; the licensor receives upfront and milestone payments, royalties and shares, keeping upside if the NewCo raises more money, goes public or is acquired. One example is Hengrui’s 2024 deal placing GLP-1 assets into Kailera Therapeutics. The structure also suits Western investors who prefer a US-based company amid geopolitical risk.',
      zh: '由投资机构出资设立NewCo，通常配备有经验的美国管理团队，由其引进大中华区以外或全球权益；授权方获得首付款、里程碑款、销售分成和股权，在NewCo后续融资、上市或被收购时分享收益。例如恒瑞医药2024年将GLP-1资产授权给新设立的Kailera Therapeutics。在地缘政治风险下，这一结构也迎合了西方投资者偏好美国本土公司的需求。',
    },
    differences: [
      {
        term: 'licensing',
        en: 'A standard license goes to an existing company for cash; a NewCo deal creates a new company and adds equity to the payment.',
        zh: '常规授权面向现有公司、以现金为对价，NewCo交易则新设公司并以股权作为部分对价。',
      },
    ],
    related: ['licensing', 'upfront-payment', 'virtual-company', 'biotech', 'bd'],
    cues: {
      en: [
        'equity',
        'stake',
        'venture',
        'investors',
        'licensing',
        'rights',
        'ex-china',
        'launch',
        'upfront',
        'series a',
      ],
      zh: ['股权', '出海', '授权', '投资机构', '新公司', '权益', '首付款', '融资'],
    },
  },
  {
    id: 'cda',
    category: 'business',
    name: { en: 'CDA', zh: 'CDA' },
    expansion: { en: 'Confidential Disclosure Agreement', zh: '保密协议' },
    forms: {
      en: [
        'CDA',
        'Confidential Disclosure Agreement',
        'confidentiality agreement',
        'non-disclosure agreement',
        'nondisclosure agreement',
      ],
      zh: ['保密协议', '保密披露协议'],
    },
    short: {
      en: 'A contract that lets two companies share confidential information, such as data, pipeline details or process know-how, for a set purpose like evaluating a deal or a CRO/CDMO proposal, while limiting its use and disclosure.',
      zh: '允许双方为特定目的（如评估交易或CRO/CDMO报价）交换数据、管线信息或工艺诀窍等保密信息，并限制其使用和披露的合同。',
    },
    details: {
      en: "A CDA is usually the first document signed in business development or vendor selection, before due diligence, term sheets or proposals. Pharma companies often prefer 'CDA' to 'NDA', because NDA also means New Drug Application. It defines what counts as confidential, the permitted use, the term and the return or destruction of information, and it does not oblige either party to do a deal.",
      zh: 'CDA通常是BD或供应商遴选中签署的第一份文件，先于尽职调查、条款清单或报价。药企常用CDA而非NDA来指保密协议，因为NDA在医药领域还指新药上市申请。协议界定保密信息的范围、允许用途、期限以及信息的返还或销毁，但不约束任何一方必须达成交易。',
    },
    differences: [
      {
        term: 'nda',
        en: 'In pharma NDA usually means a US New Drug Application, which is why the confidentiality contract is called a CDA.',
        zh: '医药领域的NDA通常指美国新药上市申请，因此保密合同多称为CDA。',
      },
      {
        term: 'msa',
        en: 'A CDA only covers sharing information before or during talks; an MSA governs the actual service relationship.',
        zh: 'CDA只约束洽谈前后的信息交换，MSA规范实际的服务合作关系。',
      },
    ],
    related: ['bd', 'licensing', 'msa', 'sow'],
    cues: {
      en: [
        'confidential',
        'confidentiality',
        'disclosure',
        'due diligence',
        'signed',
        'partner',
        'information',
        'term sheet',
        'data room',
      ],
      zh: ['保密', '披露', '尽职调查', '签署', '信息', '条款清单', '合作方'],
    },
    otherSenses: [
      {
        id: 'communications_decency_act',
        expansion: { en: 'Communications Decency Act', zh: '《通信规范法》' },
        short: {
          en: 'US internet law of 1996 whose Section 230 shields online platforms from liability for users’ posts.',
          zh: '美国1996年的互联网法律，其第230条使网络平台对用户发布的内容免责。',
        },
        cues: {
          en: [
            'section 230',
            'platforms',
            'internet',
            'online',
            'congress',
            'social media',
            'liability',
            'content moderation',
          ],
          zh: ['第230条', '平台', '互联网', '国会', '社交媒体', '内容审核'],
        },
      },
    ],
  },
  {
    id: 'loe',
    category: 'business',
    name: { en: 'LOE', zh: 'LOE' },
    expansion: { en: 'Loss of Exclusivity', zh: '独占期丧失' },
    forms: {
      en: ['LOE', 'Loss of Exclusivity'],
      zh: ['独占期丧失', '丧失独占权', '失去独占权'],
    },
    short: {
      en: "The point at which a drug's patents and regulatory exclusivities run out and generics or biosimilars can enter, typically cutting a small-molecule brand's sales sharply within months.",
      zh: '药品专利和监管独占期届满、仿制药或生物类似药可以上市的时间点；对小分子品牌药而言，销售额往往在数月内大幅下滑。',
    },
    details: {
      en: 'Companies disclose LOE dates and revenue at risk by product and region; a small-molecule brand in the US often loses most of its volume within a year of generic entry, while biologics erode more slowly as biosimilars gain share. LOE timing depends on patents, litigation settlements and regulatory exclusivities such as orphan or paediatric ones. Chinese reports more often speak of 专利到期 (patent expiry) for the same event.',
      zh: '药企会按产品和地区披露LOE时间及受影响的收入；在美国，小分子品牌药往往在仿制药上市一年内丢失大部分销量，而生物药随生物类似药渗透，销售下滑较慢。LOE时点取决于专利、诉讼和解以及孤儿药、儿科等监管独占期。中文报道更常用“专利到期”描述同一事件。',
    },
    differences: [
      {
        term: 'patent-cliff',
        en: 'LOE is the event for one product; a patent cliff is the revenue drop when several major products lose exclusivity around the same time.',
        zh: 'LOE指单个产品的事件，专利悬崖指多个重磅产品同期失去独占导致的收入断崖。',
      },
      {
        term: 'market-exclusivity',
        en: 'Market exclusivity is one of the protections whose expiry leads to LOE.',
        zh: '市场独占期是一种保护，其届满会导致LOE。',
      },
    ],
    related: ['patent-cliff', 'market-exclusivity', 'data-exclusivity', 'generic-drug', 'biosimilar', 'big-pharma'],
    cues: {
      en: [
        'generic',
        'generics',
        'biosimilar',
        'biosimilars',
        'patent',
        'exclusivity',
        'erosion',
        'revenue',
        'sales',
        'brand',
      ],
      zh: ['仿制药', '生物类似药', '专利', '独占', '销售额', '收入', '品牌药', '到期'],
    },
    otherSenses: [
      {
        id: 'level_of_effort',
        expansion: { en: 'Level of Effort', zh: '工作量（投入水平）' },
        short: {
          en: 'Project-management and contracting term for the amount of work or hours a task needs, or a contract billed on that basis.',
          zh: '项目管理和合同用语，指一项任务所需的工作量或工时，或据此计费的合同。',
        },
        cues: {
          en: ['effort', 'hours', 'estimate', 'project', 'task', 'government contract', 'staffing', 'agile'],
          zh: ['工作量', '工时', '估算', '项目', '任务', '人天'],
        },
      },
    ],
  },
  {
    id: 'patent-cliff',
    category: 'business',
    name: { en: 'Patent cliff', zh: '专利悬崖' },
    forms: {
      en: ['patent cliff'],
      zh: ['专利悬崖'],
    },
    short: {
      en: "A period when one or more of a company's top-selling drugs lose patent protection at about the same time, exposing a large share of revenue to generic or biosimilar competition.",
      zh: '企业一个或多个畅销药在相近时间失去专利保护、大部分收入面临仿制药或生物类似药冲击的时期。',
    },
    details: {
      en: 'The industry went through one cliff around 2011–2012, when drugs such as Lipitor lost protection, and faces another in the late 2020s, when blockbusters such as Keytruda and Eliquis lose key exclusivities. Looming cliffs drive big pharma’s licensing and M&A and its demand for Chinese biotech assets. Since China’s amended Patent Law took effect in June 2021, new drugs can get up to five years of patent-term compensation, capped at 14 years of effective protection after approval.',
      zh: '行业在2011至2012年前后经历过一次专利悬崖（如立普妥），2020年代后期又将迎来一次，Keytruda、Eliquis等重磅药物将失去关键独占保护。专利悬崖推动大药企开展授权引进和并购，也带动了对中国生物技术资产的需求。2021年6月起施行的修正后《专利法》允许新药获得最长5年的专利期限补偿，获批上市后的有效专利期合计不超过14年。',
    },
    differences: [
      {
        term: 'loe',
        en: 'LOE is one product losing exclusivity; a patent cliff is the sharp company-level revenue drop when several do.',
        zh: 'LOE指单个产品失去独占，专利悬崖指多个产品同期失去独占造成的公司层面收入骤降。',
      },
    ],
    related: ['loe', 'market-exclusivity', 'big-pharma', 'licensing', 'generic-drug', 'biosimilar'],
    references: ['专利法', 'Drug Price Competition and Patent Term Restoration Act (Hatch-Waxman Act)'],
    cues: {
      en: [
        'patent',
        'patents',
        'generic',
        'biosimilar',
        'blockbuster',
        'revenue',
        'expiry',
        'expiration',
        'm&a',
        'big pharma',
      ],
      zh: ['专利', '仿制药', '生物类似药', '重磅', '收入', '到期', '并购', '大药企'],
    },
  },
  {
    id: 'market-exclusivity',
    category: 'business',
    name: { en: 'Market exclusivity', zh: '市场独占期' },
    forms: {
      en: ['market exclusivity', 'marketing exclusivity', 'market protection'],
      zh: ['市场独占期', '市场独占权', '市场保护期'],
    },
    short: {
      en: 'A period set by law during which regulators will not approve a competing generic or biosimilar, independent of patents; for example 7 years for US orphan drugs and 10 years for EU orphan drugs.',
      zh: '法律规定的一段时期，在此期间监管机构不批准竞争性仿制药或生物类似药上市，与专利无关；例如美国孤儿药7年、欧盟孤儿药10年。',
    },
    details: {
      en: 'US exclusivities include 5 years for a new chemical entity, 3 years for new clinical investigations, 7 years for orphan drugs, 12 years for biologics and an extra 6 months for paediatric studies. In the EU a new medicine gets 8 years of data exclusivity plus 2 years of market protection, with 1 more year possible for a significant new indication, and orphan drugs 10 years of market exclusivity; an EU pharma law reform proposed in 2023 would change these periods. In EU usage, market exclusivity strictly means the orphan period, while market protection is the general 2-year period.',
      zh: '美国的独占期包括新化学实体5年、新临床研究3年、孤儿药7年、生物制品12年，以及儿科研究额外6个月。欧盟新药享有8年数据保护加2年市场保护，若获批有重大临床获益的新适应症可再延长1年，孤儿药则享有10年市场独占；欧盟2023年提出的药品法规改革拟调整这些期限。在欧盟用语中，market exclusivity严格指孤儿药独占期，market protection则指一般性的2年保护期。',
    },
    differences: [
      {
        term: 'data-exclusivity',
        en: 'Data exclusivity stops a generic from relying on the originator’s data; market exclusivity stops a competitor from being approved or sold.',
        zh: '数据保护阻止仿制药引用原研数据，市场独占则阻止竞品获批或上市销售。',
      },
      {
        term: 'loe',
        en: 'Market exclusivity is a protection; LOE is the moment all such protections run out.',
        zh: '市场独占期是一种保护，LOE是各项保护全部届满的时点。',
      },
    ],
    related: ['data-exclusivity', 'loe', 'patent-cliff', 'orphan-drug', 'generic-drug', 'biosimilar'],
    references: [
      '21 CFR 314.108',
      'Orphan Drug Act',
      'Biologics Price Competition and Innovation Act (BPCIA)',
      'Regulation (EC) No 141/2000',
      'Directive 2001/83/EC',
    ],
    cues: {
      en: ['exclusivity', 'orphan', 'generic', 'biosimilar', 'approval', 'fda', 'ema', 'years', 'pediatric', 'patent'],
      zh: ['独占', '孤儿药', '仿制药', '生物类似药', '获批', '儿科', '专利', '年'],
    },
    formNotes: [
      {
        form: 'market protection',
        en: 'EU term for the period after data exclusivity during which a generic may be filed but not yet marketed.',
        zh: '欧盟用语，指数据保护期之后仿制药可以申报但尚不能上市的时期。',
      },
    ],
  },
  {
    id: 'data-exclusivity',
    category: 'business',
    name: { en: 'Data exclusivity', zh: '数据保护' },
    forms: {
      en: ['data exclusivity', 'regulatory data protection'],
      zh: ['数据独占', '试验数据保护', '数据保护期'],
    },
    short: {
      en: "A period during which regulators may not rely on the originator's preclinical and clinical data to approve a generic or biosimilar, so copies must wait even if no patent blocks them.",
      zh: '在此期间监管机构不得依据原研药的非临床和临床试验数据批准仿制药或生物类似药，即使没有专利阻挡，仿制药也须等待。',
    },
    details: {
      en: "In the EU a generic cannot be filed until 8 years after the originator's approval and cannot be marketed until 10 years (the '8+2+1' rule); in the US a new chemical entity gets 5 years before an ANDA can be filed (4 with a patent challenge), and biologics 12 years before a biosimilar can be approved. China's 2002 implementing regulations of the Drug Administration Law promised 6 years of protection for undisclosed test data of new chemical entities, but detailed rules were long missing and NMPA has since published draft implementing measures.",
      zh: '欧盟规定仿制药须在原研药获批8年后才能申报、10年后才能上市（“8+2+1”规则）；美国新化学实体享有5年保护，期满前不得递交ANDA（提出专利挑战的可提前至4年），生物制品则须满12年才能批准生物类似药。我国2002年《药品管理法实施条例》已规定对含有新型化学成份药品的未披露试验数据给予6年保护，但长期缺乏实施细则，国家药监局此后发布了实施办法的征求意见稿。',
    },
    differences: [
      {
        term: 'market-exclusivity',
        en: 'Data exclusivity bars reliance on the originator’s data, often blocking filing; market exclusivity bars approval or sale even after filing.',
        zh: '数据保护禁止引用原研数据，常使仿制药无法申报；市场独占则在申报后仍禁止获批或上市。',
      },
    ],
    related: ['market-exclusivity', 'loe', 'anda', 'generic-drug', 'biosimilar', 'nce'],
    references: [
      'Directive 2001/83/EC',
      '21 CFR 314.108',
      'Biologics Price Competition and Innovation Act (BPCIA)',
      '药品管理法实施条例',
    ],
    cues: {
      en: [
        'exclusivity',
        'generic',
        'anda',
        'biosimilar',
        'originator',
        'new chemical entity',
        'nce',
        'filing',
        'years',
        'regulatory',
      ],
      zh: ['仿制药', '原研', '新化学实体', '生物类似药', '申报', '试验数据', '保护期', '年'],
    },
  },
];
