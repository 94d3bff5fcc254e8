import type { TermInput } from '../../schema';

export const outsourcingTerms: TermInput[] = [
  {
    id: 'cro',
    category: 'outsourcing',
    name: { en: 'CRO', zh: 'CRO' },
    expansion: { en: 'Contract Research Organization', zh: '合同研究组织' },
    forms: {
      en: [
        'CRO',
        'Contract Research Organization',
        'Contract Research Organisation',
        'clinical research organization',
        'clinical research organisation',
      ],
      zh: ['合同研究组织', '合同研究机构'],
    },
    short: {
      en: 'A company that carries out research for drug developers under contract, from discovery chemistry and preclinical studies to running clinical trials. Biotechs and big pharma use CROs instead of building their own teams.',
      zh: '受申办者委托、有偿提供药物研发服务的企业，业务覆盖药物发现、临床前研究直至临床试验的执行与管理。生物技术公司和大药企借助CRO替代自建团队。',
    },
    details: {
      en: 'In ICH GCP (E6) terms a CRO is engaged by the sponsor to take on some or all of its trial duties, while the sponsor stays ultimately responsible for the trial and its data. The market splits into discovery and preclinical CROs (chemistry, biology, toxicology, DMPK) and clinical CROs (monitoring, data management, biostatistics, regulatory work); their bookings and backlog are read as a gauge of biotech funding. Chinese GCP uses 合同研究组织, and Chinese media group CROs with CMOs and CDMOs as the "CXO" sector.',
      zh: '按ICH GCP（E6）的框架，CRO受申办者委托承担其部分或全部试验职责，但试验及其数据的最终责任仍在申办者。行业可分为药物发现/临床前CRO（化学、生物、毒理、DMPK）和临床CRO（监查、数据管理、生物统计、注册申报）；新签订单和在手订单常被视为生物技术投融资景气度的风向标。我国《药物临床试验质量管理规范》使用“合同研究组织”一词，国内媒体则常把CRO与CMO、CDMO等统称为“CXO”。',
    },
    differences: [
      {
        term: 'smo',
        en: 'An SMO supports the trial site and its investigators (mainly by supplying CRCs), whereas a CRO acts for the sponsor across the whole study.',
        zh: 'SMO服务于临床试验机构和研究者（主要派驻CRC），而CRO代表申办者管理整个试验。',
      },
      {
        term: 'cdmo',
        en: 'A CDMO develops and manufactures the drug itself; a CRO performs research and studies, although integrated groups now offer both.',
        zh: 'CDMO负责药品本身的工艺开发与生产，CRO负责研究和试验服务，但一体化企业已兼营两者。',
      },
      {
        term: 'cdo',
        en: 'A CDO develops the manufacturing process and formulation; a CRO does discovery, preclinical and clinical research.',
        zh: 'CDO开发生产工艺和制剂，CRO从事药物发现、临床前和临床研究。',
      },
    ],
    related: ['smo', 'cdmo', 'crdmo', 'cxo', 'fsp', 'full-service-outsourcing', 'sponsor', 'cra', 'gcp'],
    references: ['ICH E6(R3)', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'clinical trial',
        'trials',
        'preclinical',
        'drug discovery',
        'outsourcing',
        'sponsor',
        'sponsors',
        'study',
        'trial sites',
        'biotech',
        'biopharma',
        'pharma',
        'backlog',
        'bookings',
        'contract research',
        'cdmo',
        'fte',
        'iqvia',
        'wuxi',
      ],
      zh: [
        '临床试验',
        '临床前',
        '药物发现',
        '外包',
        '申办者',
        '申办方',
        '研发服务',
        '订单',
        '药明',
        '泰格',
        '新药研发',
      ],
    },
    otherSenses: [
      {
        id: 'chief_revenue_officer',
        expansion: { en: 'Chief Revenue Officer', zh: '首席营收官' },
        short: {
          en: 'The executive responsible for all revenue-generating functions, such as sales, marketing and customer success; common in software companies.',
          zh: '统管销售、市场和客户成功等创收职能的高管，常见于软件企业。',
        },
        cues: {
          en: [
            'chief revenue officer',
            'revenue',
            'go-to-market',
            'saas',
            'sales',
            'appointed',
            'joins',
            'executive',
            'customers',
          ],
          zh: ['首席营收官', '首席收入官', '营收', '销售', '任命', '高管'],
        },
      },
      {
        id: 'chief_risk_officer',
        expansion: { en: 'Chief Risk Officer', zh: '首席风险官' },
        short: {
          en: 'The executive who oversees risk management, typically at a bank, insurer or other financial institution.',
          zh: '负责风险管理的高管，多见于银行、保险等金融机构。',
        },
        cues: {
          en: [
            'chief risk officer',
            'risk management',
            'bank',
            'credit',
            'insurer',
            'capital',
            'regulators',
            'appointed',
            'board',
          ],
          zh: ['首席风险官', '风险管理', '风控', '银行', '信贷', '保险', '任命'],
        },
      },
      {
        id: 'conversion_rate_optimization',
        expansion: { en: 'Conversion Rate Optimization', zh: '转化率优化' },
        short: {
          en: 'Digital-marketing practice of raising the share of website visitors who buy, sign up or take another desired action.',
          zh: '数字营销中提高网站访客购买、注册等转化比例的做法。',
        },
        cues: {
          en: [
            'conversion',
            'conversion rate',
            'landing page',
            'a/b testing',
            'seo',
            'ux',
            'ecommerce',
            'website',
            'visitors',
          ],
          zh: ['转化率', '落地页', '电商', '网站', '流量', '用户体验'],
        },
      },
    ],
    formNotes: [
      {
        form: 'clinical research organization',
        en: 'A common loose expansion of CRO; the standard name is contract research organization.',
        zh: 'CRO的一种常见非正式展开，规范名称是合同研究组织（contract research organization）。',
      },
    ],
  },
  {
    id: 'cmo',
    category: 'outsourcing',
    name: { en: 'CMO', zh: 'CMO' },
    expansion: { en: 'Contract Manufacturing Organization', zh: '合同生产组织' },
    forms: {
      en: [
        'CMO',
        'Contract Manufacturing Organization',
        'Contract Manufacturing Organisation',
        'contract manufacturer',
      ],
      zh: ['合同生产组织', '合同生产企业', '合同生产商', '受托生产企业'],
    },
    short: {
      en: "A company that manufactures APIs or finished drugs for another company under contract, using the client's process and specifications. Clients use CMOs to add capacity without building plants; the client stays responsible for quality.",
      zh: '按委托方的工艺和质量标准，为其有偿生产原料药或制剂的企业。药企借此获得产能而无需自建工厂，但产品质量责任仍由委托方承担。',
    },
    details: {
      en: "A CMO typically receives an established process by technology transfer and runs GMP production for clinical or commercial supply, with a quality agreement setting out each side's duties. The term is older than CDMO and now often implies manufacturing-only work. In China CMO and CDMO are often used interchangeably, most firms prefer to call themselves CDMOs, and under the MAH system a licence holder may entrust production to a contracted manufacturer (受托生产企业).",
      zh: 'CMO通常通过技术转移接收成熟工艺，按GMP为临床或商业化供应进行生产，双方职责由质量协议约定。CMO一词早于CDMO，如今多指只做生产、不做研发的外包。国内CMO与CDMO常被混用，企业多自称CDMO；在药品上市许可持有人制度下，持有人可委托受托生产企业生产药品。',
    },
    differences: [
      {
        term: 'cdmo',
        en: 'A CDMO also develops the process and formulation before making the product; a CMO mainly manufactures to a process the client already has.',
        zh: 'CDMO在生产前还负责工艺和制剂开发，CMO主要按客户既有工艺进行生产。',
      },
      {
        term: 'cpo',
        en: 'A CPO only packages and labels finished product, while a CMO makes the drug substance or product itself.',
        zh: 'CPO只负责成品的包装和贴签，CMO则生产原料药或制剂本身。',
      },
      {
        term: 'mah',
        en: 'The MAH holds the product licence and answers for it; the CMO makes the product on its behalf.',
        zh: '持有人拥有药品批准证明文件并承担责任，CMO受其委托进行生产。',
      },
    ],
    related: ['cdmo', 'cdo', 'cpo', 'tech-transfer', 'mah', 'capacity-reservation', 'quality-agreement', 'gmp'],
    references: [
      'ICH Q7',
      '21 CFR 211',
      'EU GMP Part I Chapter 7',
      'FDA guidance: Contract Manufacturing Arrangements for Drugs: Quality Agreements',
      '药品管理法',
      '药品生产质量管理规范',
    ],
    cues: {
      en: [
        'manufacturing',
        'manufacture',
        'batch',
        'batches',
        'facility',
        'plant',
        'capacity',
        'outsourcing',
        'gmp',
        'api',
        'commercial supply',
        'contract manufacturing',
        'cdmo',
        'production',
        'fill-finish',
        'quality agreement',
        'mah',
        'technology transfer',
      ],
      zh: ['生产', '产能', '外包', '工厂', '代工', '订单', '原料药', '制剂', '委托生产', '批次', '车间'],
    },
    otherSenses: [
      {
        id: 'chief_marketing_officer',
        expansion: { en: 'Chief Marketing Officer', zh: '首席营销官' },
        short: {
          en: 'The executive in charge of marketing, brand and advertising.',
          zh: '负责市场营销、品牌和广告的高管。',
        },
        cues: {
          en: [
            'chief marketing officer',
            'marketing',
            'brand',
            'advertising',
            'campaign',
            'consumer',
            'appointed',
            'joins',
            'executive',
          ],
          zh: ['首席营销官', '市场营销', '品牌', '广告', '任命', '高管'],
        },
      },
      {
        id: 'chief_medical_officer',
        expansion: { en: 'Chief Medical Officer', zh: '首席医学官' },
        short: {
          en: "A company's senior physician executive, who leads clinical strategy and medical affairs; a frequent title in biotech news, so CMO there often means a person.",
          zh: '企业中主管临床开发策略和医学事务的医生出身高管；生物技术新闻中常见，此时CMO指人。',
        },
        cues: {
          en: [
            'chief medical officer',
            'appointed',
            'named',
            'joins',
            'md',
            'm.d.',
            'clinical strategy',
            'medical affairs',
            'physician',
            'executive team',
            'previously served',
          ],
          zh: ['首席医学官', '首席医疗官', '任命', '出任', '加盟', '医学事务', '临床策略', '高管'],
        },
      },
      {
        id: 'collateralized_mortgage_obligation',
        expansion: { en: 'Collateralized Mortgage Obligation', zh: '抵押担保债券' },
        short: {
          en: 'A bond backed by a pool of mortgages and split into tranches with different risk and maturity.',
          zh: '以住房抵押贷款池为支持、按风险和期限分档发行的债券。',
        },
        cues: {
          en: ['mortgage', 'mortgages', 'bond', 'tranche', 'tranches', 'securities', 'mbs', 'yield', 'fixed income'],
          zh: ['抵押贷款', '债券', '证券化', '分档', '收益率', '固定收益'],
        },
      },
    ],
  },
  {
    id: 'cdmo',
    category: 'outsourcing',
    name: { en: 'CDMO', zh: 'CDMO' },
    expansion: { en: 'Contract Development and Manufacturing Organization', zh: '合同研发生产组织' },
    forms: {
      en: [
        'CDMO',
        'Contract Development and Manufacturing Organization',
        'Contract Development and Manufacturing Organisation',
      ],
      zh: ['合同研发生产组织', '合同研发生产企业', '合同研发生产机构', '合同定制研发生产'],
    },
    short: {
      en: "A contract partner that both develops a drug's manufacturing process and formulation and then produces it, from clinical batches to commercial supply. The standard outsourcing model for biotechs today.",
      zh: '既为客户开发药品的生产工艺和制剂、又承担从临床样品到商业化供应生产的外包企业，是当今生物技术公司最常用的外包模式。',
    },
    details: {
      en: 'CDMOs offer process and analytical development, scale-up, technology transfer and GMP manufacture of drug substance and drug product, so a client can stay with one partner from Phase 1 to launch. Leading names include Lonza, Samsung Biologics, Fujifilm and WuXi Biologics. In China, CDMO is the preferred self-description of firms such as WuXi AppTec, Asymchem and Porton, and it is often used interchangeably with CMO.',
      zh: 'CDMO提供工艺开发与分析方法开发、放大、技术转移以及原料药和制剂的GMP生产，客户可从I期临床一直合作到上市。代表企业有龙沙、三星生物、富士胶片和药明生物等。在国内，药明康德、凯莱英、博腾等企业普遍以CDMO自称，CDMO与CMO也常被混用。',
    },
    differences: [
      {
        term: 'cmo',
        en: 'A CMO mainly manufactures to a process the client already has; a CDMO also develops that process.',
        zh: 'CMO主要按客户既有工艺生产，CDMO还负责开发该工艺。',
      },
      {
        term: 'cdo',
        en: 'A CDO stops at development and hands the process over; a CDMO goes on to manufacture the product.',
        zh: 'CDO只做开发并移交工艺，CDMO在开发后继续承担生产。',
      },
      {
        term: 'crdmo',
        en: 'A CRDMO adds discovery and research services in front of what a CDMO does.',
        zh: 'CRDMO在CDMO业务之前再加上药物发现和研究服务。',
      },
    ],
    related: [
      'cmo',
      'cdo',
      'crdmo',
      'cro',
      'cxo',
      'tech-transfer',
      'process-development',
      'scale-up',
      'capacity-reservation',
    ],
    references: ['ICH Q7', 'ICH Q8', 'ICH Q10', '药品生产质量管理规范'],
    cues: {
      en: [
        'manufacturing',
        'development',
        'process development',
        'clinical supply',
        'commercial supply',
        'biologics',
        'capacity',
        'facility',
        'outsourcing',
        'integrated',
        'scale-up',
        'gmp',
        'orders',
      ],
      zh: ['研发', '生产', '工艺开发', '产能', '外包', '一体化', '订单', '原料药', '制剂', '商业化生产'],
    },
  },
  {
    id: 'cdo',
    category: 'outsourcing',
    name: { en: 'CDO', zh: 'CDO' },
    expansion: { en: 'Contract Development Organization', zh: '合同研发组织' },
    forms: {
      en: ['CDO', 'Contract Development Organization', 'Contract Development Organisation'],
      zh: ['合同研发组织', '合同开发组织'],
    },
    short: {
      en: "A contract partner that develops a drug's manufacturing process, formulation and analytical methods but leaves commercial manufacturing to others. Much less common as a label than CDMO.",
      zh: '为客户开发生产工艺、制剂和分析方法，但不承担商业化生产的外包企业。作为称谓远不如CDMO常见。',
    },
    details: {
      en: 'CDO work covers cell line and process development, formulation, analytical method development and sometimes small early-phase batches, ending in a documented process ready for technology transfer to a manufacturer. Some groups brand their development business as a CDO to separate it from manufacturing. In Chinese, 合同研发组织 usually stands for CDO but is sometimes used loosely for CRO; in finance news CDO means a collateralized debt obligation.',
      zh: 'CDO业务包括细胞株构建与工艺开发、制剂开发、分析方法开发，有时也生产少量早期临床样品，最终交付可供技术转移至生产方的完整工艺。部分企业用CDO命名其研发业务，以区别于生产业务。中文“合同研发组织”一般对应CDO，但也有人泛指CRO；财经新闻中的CDO则多指担保债务凭证。',
    },
    differences: [
      {
        term: 'cdmo',
        en: 'A CDMO develops and then manufactures; a CDO hands the developed process to someone else to manufacture.',
        zh: 'CDMO开发后继续生产，CDO则把开发好的工艺交给他方生产。',
      },
      {
        term: 'cro',
        en: 'A CRO does discovery, preclinical and clinical research; a CDO works on how the drug is made.',
        zh: 'CRO从事药物发现、临床前和临床研究，CDO关注药品如何生产。',
      },
    ],
    related: ['cdmo', 'cmo', 'cro', 'process-development', 'cell-line-development', 'tech-transfer'],
    references: ['ICH Q8', 'ICH Q11'],
    cues: {
      en: [
        'process development',
        'formulation',
        'analytical',
        'cell line',
        'development services',
        'outsourcing',
        'cdmo',
        'tech transfer',
        'scale-up',
      ],
      zh: ['工艺开发', '制剂开发', '分析方法', '细胞株', '外包', '技术转移', '研发服务'],
    },
    otherSenses: [
      {
        id: 'chief_data_officer',
        expansion: { en: 'Chief Data Officer', zh: '首席数据官' },
        short: {
          en: "The executive responsible for an organisation's data strategy, governance and analytics.",
          zh: '负责企业数据战略、数据治理和分析的高管。',
        },
        cues: {
          en: ['chief data officer', 'data governance', 'analytics', 'data strategy', 'ai', 'appointed', 'executive'],
          zh: ['首席数据官', '数据治理', '数据战略', '数据分析', '任命', '高管'],
        },
      },
      {
        id: 'chief_digital_officer',
        expansion: { en: 'Chief Digital Officer', zh: '首席数字官' },
        short: {
          en: 'The executive who leads digital transformation, online channels and digital products.',
          zh: '主导数字化转型、线上渠道和数字产品的高管。',
        },
        cues: {
          en: [
            'chief digital officer',
            'digital transformation',
            'digital',
            'e-commerce',
            'online',
            'appointed',
            'executive',
          ],
          zh: ['首席数字官', '数字化转型', '数字化', '线上', '任命', '高管'],
        },
      },
      {
        id: 'collateralized_debt_obligation',
        expansion: { en: 'Collateralized Debt Obligation', zh: '担保债务凭证' },
        short: {
          en: 'A structured credit product that pools loans or bonds and sells tranches of the cash flows to investors.',
          zh: '将贷款或债券打包并把现金流分档出售给投资者的结构化信用产品。',
        },
        cues: {
          en: ['debt', 'tranche', 'tranches', 'credit', 'bonds', 'subprime', 'securities', 'financial crisis'],
          zh: ['债务', '分档', '信用', '债券', '次贷', '金融危机', '证券化'],
        },
      },
    ],
    formNotes: [
      {
        form: '合同研发组织',
        en: 'Usually the Chinese name of a CDO, but some Chinese media also use it loosely for a CRO, whose standard name is 合同研究组织.',
        zh: '一般指CDO，但部分中文媒体也用它泛指CRO；CRO的规范中文名是“合同研究组织”。',
      },
    ],
  },
  {
    id: 'cso',
    category: 'outsourcing',
    name: { en: 'CSO', zh: 'CSO' },
    expansion: { en: 'Contract Sales Organization', zh: '合同销售组织' },
    forms: {
      en: ['CSO', 'Contract Sales Organization', 'Contract Sales Organisation', 'contract sales force'],
      zh: ['合同销售组织', '医药销售外包', '合同销售外包'],
    },
    short: {
      en: 'A company that provides pharma sales and marketing services on contract: sales reps, detailing to doctors, market access and launch support. Used by firms without their own field force or to extend reach.',
      zh: '以合同形式为药企提供销售与推广服务的企业，包括医药代表、学术推广、市场准入和上市支持，适合没有自建销售团队或需扩大覆盖的药企。',
    },
    details: {
      en: 'Drug makers hire CSOs to launch in markets or segments they do not cover, to test a launch before building a team, or to keep promoting mature brands; large CROs such as IQVIA and Syneos Health also run contract sales. In China CSOs spread after the two-invoice system (两票制) limited distributor layers from 2017, and they have drawn regulatory scrutiny over promotion-fee invoices and commercial bribery. In biotech news, CSO more often means a chief scientific officer.',
      zh: '药企借助CSO进入自身未覆盖的市场或细分领域、在自建团队前试水新品上市，或维持成熟品种的推广；IQVIA、Syneos Health等大型CRO也提供合同销售服务。国内自2017年推行“两票制”压缩流通环节后，CSO模式迅速扩张，其推广费发票和商业贿赂问题也多次受到监管关注。生物技术新闻中的CSO则更常指首席科学官。',
    },
    differences: [
      {
        term: 'cro',
        en: 'A CRO helps develop a drug before approval; a CSO helps sell it after approval.',
        zh: 'CRO帮助药品在获批前完成研发，CSO帮助药品在获批后实现销售。',
      },
    ],
    related: ['cxo', 'cro', 'biotech', 'big-pharma'],
    cues: {
      en: [
        'sales force',
        'sales reps',
        'field force',
        'detailing',
        'promotion',
        'commercialization',
        'launch',
        'market access',
        'contract sales',
        'physicians',
        'pharmacies',
      ],
      zh: ['销售外包', '推广', '学术推广', '医药代表', '两票制', '营销', '商业化', '推广费', '医院'],
    },
    otherSenses: [
      {
        id: 'chief_scientific_officer',
        expansion: { en: 'Chief Scientific Officer', zh: '首席科学官' },
        short: {
          en: "The executive who leads a company's research and scientific strategy; a very common title in biotech news, where CSO usually means this person.",
          zh: '主管企业研究和科学战略的高管；在生物技术新闻中极为常见，此时CSO通常指此人。',
        },
        cues: {
          en: [
            'chief scientific officer',
            'chief science officer',
            'appointed',
            'named',
            'joins',
            'ph.d.',
            'phd',
            'scientific',
            'research and development',
            'founder',
            'executive team',
          ],
          zh: ['首席科学官', '首席科学家', '任命', '出任', '加盟', '博士', '科学顾问', '高管'],
        },
      },
      {
        id: 'chief_security_officer',
        expansion: { en: 'Chief Security Officer', zh: '首席安全官' },
        short: {
          en: "The executive responsible for an organisation's physical and information security.",
          zh: '负责企业实体安全和信息安全的高管。',
        },
        cues: {
          en: ['chief security officer', 'security', 'cybersecurity', 'cyber', 'breach', 'threats', 'appointed'],
          zh: ['首席安全官', '安全', '网络安全', '信息安全', '数据泄露', '任命'],
        },
      },
      {
        id: 'chief_strategy_officer',
        expansion: { en: 'Chief Strategy Officer', zh: '首席战略官' },
        short: {
          en: 'The executive who leads corporate strategy and often corporate development.',
          zh: '主管公司战略、常兼管战略投资与并购的高管。',
        },
        cues: {
          en: ['chief strategy officer', 'strategy', 'corporate strategy', 'transformation', 'appointed', 'executive'],
          zh: ['首席战略官', '战略', '战略规划', '转型', '任命', '高管'],
        },
      },
      {
        id: 'chief_sales_officer',
        expansion: { en: 'Chief Sales Officer', zh: '首席销售官' },
        short: {
          en: "The executive at the head of a company's sales organisation.",
          zh: '统管企业销售体系的高管。',
        },
        cues: {
          en: ['chief sales officer', 'sales', 'revenue', 'customers', 'appointed', 'executive'],
          zh: ['首席销售官', '销售总监', '销售', '营收', '任命', '高管'],
        },
      },
      {
        id: 'combined_sewer_overflow',
        expansion: { en: 'Combined Sewer Overflow', zh: '合流制溢流' },
        short: {
          en: 'A discharge of mixed stormwater and untreated sewage from a combined sewer system into rivers or the sea during heavy rain.',
          zh: '暴雨时合流制排水系统将雨水和未经处理的污水一并排入河流或海洋的现象。',
        },
        cues: {
          en: [
            'sewer',
            'sewage',
            'stormwater',
            'wastewater',
            'overflow',
            'rainfall',
            'river',
            'water quality',
            'utility',
          ],
          zh: ['污水', '雨水', '溢流', '合流制', '排水', '河道', '水质'],
        },
      },
    ],
  },
  {
    id: 'crdmo',
    category: 'outsourcing',
    name: { en: 'CRDMO', zh: 'CRDMO' },
    expansion: { en: 'Contract Research, Development and Manufacturing Organization', zh: '合同研究、开发与生产组织' },
    forms: {
      en: [
        'CRDMO',
        'Contract Research, Development and Manufacturing Organization',
        'Contract Research, Development and Manufacturing Organisation',
      ],
      zh: ['合同研究、开发与生产组织', '合同研究开发生产组织'],
    },
    short: {
      en: 'An outsourcing partner covering the whole chain from discovery research through development to manufacturing. The label is used mainly by WuXi AppTec and WuXi Biologics for their integrated model.',
      zh: '覆盖从药物发现研究、工艺开发到生产全链条的一体化外包企业。该称谓主要由药明康德、药明生物用于描述其一体化模式。',
    },
    details: {
      en: 'The idea is that a client who starts with a CRDMO on discovery work stays as the molecule moves into development, clinical supply and commercial production, so revenue per project grows as it succeeds ("follow the molecule"). It is a business label, not a regulatory category: research work falls under GLP or GCP and manufacturing under GMP. The term is common in Chinese CXO coverage and WuXi reports and rare among Western peers, who say CDMO or "integrated CRO/CDMO".',
      zh: '其逻辑是客户在药物发现阶段与CRDMO合作后，随分子推进到工艺开发、临床供应和商业化生产阶段继续合作，单个项目收入随研发成功而放大（“跟随分子”）。它是商业称谓而非监管类别：研究业务适用GLP或GCP，生产业务适用GMP。该词多见于国内CXO行业报道和药明系企业报告，欧美同行一般只称CDMO或“一体化CRO/CDMO”。',
    },
    differences: [
      {
        term: 'cdmo',
        en: 'A CDMO starts at process development; a CRDMO adds discovery and research services before that.',
        zh: 'CDMO从工艺开发做起，CRDMO在此之前还提供药物发现和研究服务。',
      },
    ],
    related: ['cdmo', 'cro', 'cxo', 'cdo', 'cmo'],
    cues: {
      en: [
        'integrated',
        'follow the molecule',
        'discovery',
        'development',
        'manufacturing',
        'wuxi',
        'outsourcing',
        'platform',
        'end-to-end',
      ],
      zh: ['一体化', '跟随分子', '药物发现', '研发', '生产', '药明', '外包', '平台'],
    },
  },
  {
    id: 'cxo',
    category: 'outsourcing',
    name: { en: 'CXO', zh: 'CXO' },
    expansion: { en: 'Contract outsourcing sector (CRO/CMO/CDMO/CSO)', zh: '医药外包（CXO）行业' },
    forms: {
      en: ['CXO'],
      zh: ['医药外包'],
    },
    short: {
      en: 'Chinese market shorthand for the pharma outsourcing sector as a whole (CROs, CMOs/CDMOs, CSOs), with X standing for any letter. In general English, CXO means a C-suite executive instead.',
      zh: '国内资本市场和媒体对医药外包行业的统称，X可代表R、M、DM、S等，如“CXO赛道”“CXO板块”。英文一般语境中CXO泛指各类首席高管。',
    },
    details: {
      en: 'Chinese brokers and media speak of the CXO 赛道 (track) or CXO 板块 (stock-market sector) when grouping listed outsourcers such as WuXi AppTec, WuXi Biologics, Tigermed, Pharmaron and Asymchem; the group tends to trade together on biotech funding, order trends and US–China policy news. Western coverage rarely uses the word and says "CRO/CDMO sector" or "pharma services" instead. Outside this context, CXO (also written CxO) means any chief officer such as a CEO, CFO or CTO.',
      zh: '国内券商和媒体用“CXO赛道”“CXO板块”统称药明康德、药明生物、泰格医药、康龙化成、凯莱英等上市外包企业，这些股票常因生物技术投融资、订单趋势和中美政策消息而同涨同跌。欧美报道很少用这个词，一般称“CRO/CDMO行业”或“医药服务”。在此语境之外，CXO（亦写作CxO）泛指CEO、CFO、CTO等各类首席高管。',
    },
    differences: [
      {
        term: 'cro',
        en: 'CRO is one kind of outsourcer; CXO is the umbrella word for the whole sector.',
        zh: 'CRO是一类外包企业，CXO是整个医药外包行业的统称。',
      },
      {
        term: 'cdmo',
        en: 'CDMO names one business model; CXO lumps CDMOs together with CROs, CSOs and others.',
        zh: 'CDMO是一种业务模式，CXO则把CDMO与CRO、CSO等一并统称。',
      },
    ],
    related: ['cro', 'cmo', 'cdmo', 'cso', 'crdmo', 'smo'],
    cues: {
      en: [
        'outsourcing',
        'sector',
        'stocks',
        'shares',
        'cro',
        'cdmo',
        'orders',
        'valuation',
        'pharma services',
        'biotech funding',
      ],
      zh: ['外包', '赛道', '板块', '订单', '估值', '药明', '医药', '投融资', '龙头', '股价'],
    },
    otherSenses: [
      {
        id: 'chief_x_officer',
        expansion: { en: 'Chief X Officer (any C-suite executive)', zh: '首席X官（泛指各类最高层高管）' },
        short: {
          en: 'Umbrella term for top executives whose titles start with "Chief", such as CEO, CFO, CIO or CTO.',
          zh: '对CEO、CFO、CIO、CTO等以“首席”开头职位的最高层高管的统称。',
        },
        cues: {
          en: ['executive', 'executives', 'c-suite', 'leadership', 'ceo', 'cfo', 'board', 'salary', 'career'],
          zh: ['高管', '首席', '管理层', '领导力', '薪酬', '职业', '企业家'],
        },
      },
    ],
  },
  {
    id: 'smo',
    category: 'outsourcing',
    name: { en: 'SMO', zh: 'SMO' },
    expansion: { en: 'Site Management Organization', zh: '临床试验现场管理组织' },
    forms: {
      en: ['SMO', 'Site Management Organization', 'Site Management Organisation'],
      zh: ['临床试验现场管理组织', '现场管理组织', '临床试验现场管理机构'],
    },
    short: {
      en: 'A company that supports clinical trial sites and investigators, mainly by supplying clinical research coordinators (CRCs) who handle day-to-day trial tasks at the hospital. Hired by sponsors or CROs.',
      zh: '为临床试验机构和研究者提供支持的企业，主要派驻临床研究协调员（CRC）在医院承担日常试验事务，由申办者或CRO聘用。',
    },
    details: {
      en: "SMO coordinators help investigators with patient visits and scheduling, source documents, EDC data entry and ethics paperwork, working under the investigator's delegation, while the CRO's CRAs monitor the site for the sponsor. Good SMO support speeds enrolment and improves data quality at busy hospitals. The model is especially widespread in China and Japan, where most CRCs at trial hospitals are SMO employees.",
      zh: 'SMO派驻的CRC在研究者授权下协助受试者访视安排、原始文件整理、EDC数据录入和伦理递交等工作，而CRO的CRA则代表申办者对试验机构进行监查。在繁忙的医院中，SMO支持有助于加快入组、提升数据质量。该模式在中国和日本尤为普遍，试验医院中的CRC大多受雇于SMO。',
    },
    differences: [
      {
        term: 'cro',
        en: 'A CRO acts for the sponsor (project management, monitoring); an SMO supports the site and its investigators.',
        zh: 'CRO代表申办者（项目管理、监查），SMO服务于试验机构和研究者。',
      },
    ],
    related: ['cro', 'crc', 'cra', 'pi', 'gcp', 'patient-recruitment'],
    references: ['ICH E6(R3)', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'site',
        'sites',
        'crc',
        'crcs',
        'clinical research coordinator',
        'investigator',
        'investigators',
        'hospital',
        'site management',
        'enrollment',
        'clinical trial',
      ],
      zh: ['临床试验机构', '研究中心', '临床研究协调员', '研究者', '医院', '入组', '受试者', '临床试验'],
    },
    otherSenses: [
      {
        id: 'social_media_optimization',
        expansion: { en: 'Social Media Optimization', zh: '社交媒体优化' },
        short: {
          en: "Marketing practice of using social media channels to grow a brand's reach, engagement and web traffic.",
          zh: '借助社交媒体渠道扩大品牌曝光、互动和网站流量的营销做法。',
        },
        cues: {
          en: ['social media', 'seo', 'marketing', 'engagement', 'followers', 'instagram', 'content', 'traffic'],
          zh: ['社交媒体', '营销', '粉丝', '流量', '内容运营', '曝光'],
        },
      },
    ],
  },
  {
    id: 'cpo',
    category: 'outsourcing',
    name: { en: 'CPO', zh: 'CPO' },
    expansion: { en: 'Contract Packaging Organization', zh: '合同包装组织' },
    forms: {
      en: ['CPO', 'Contract Packaging Organization', 'Contract Packaging Organisation', 'contract packager'],
      zh: ['合同包装组织', '合同包装企业'],
    },
    short: {
      en: 'A company that packages and labels drugs for other companies: blistering, bottling, cartoning, serialisation and clinical-trial kit labelling. Packaging is part of GMP manufacture, so CPOs are regulated like manufacturers.',
      zh: '为其他药企提供药品包装和贴签服务的企业，包括泡罩、装瓶、装盒、序列化以及临床试验用药的标签与套装。包装属于GMP生产环节，CPO同样受生产监管。',
    },
    details: {
      en: 'Because packaging and labelling are GMP steps (21 CFR 211 Subpart G in the US), a CPO needs the licences, quality agreements and batch documentation a CMO has. Clinical packagers also handle blinding, randomised kit labelling and distribution of trial supplies. Serialisation rules such as the US DSCSA and the EU Falsified Medicines Directive have raised the importance of packaging partners. The acronym is rare in Chinese, where packaging is usually part of a CMO/CDMO contract; in general news CPO usually means a chief officer.',
      zh: '包装和贴签属于GMP生产步骤（美国为21 CFR 211 G分部），因此CPO同样需要具备与CMO相当的资质、质量协议和批记录。临床包装企业还负责设盲、随机化标签和试验用药的配送。美国DSCSA和欧盟《防伪药品指令》等序列化要求提高了包装外包商的地位。国内很少单独使用CPO一词，包装通常包含在CMO/CDMO合同中；一般新闻中的CPO多指某类首席官。',
    },
    differences: [
      {
        term: 'cmo',
        en: 'A CMO makes the drug substance or product; a CPO only packages and labels it.',
        zh: 'CMO生产原料药或制剂，CPO只负责包装和贴签。',
      },
    ],
    related: ['cmo', 'cdmo', 'serialization', 'ctm', 'batch-release'],
    references: [
      '21 CFR 211',
      'Directive 2011/62/EU (Falsified Medicines Directive)',
      'Drug Supply Chain Security Act (DSCSA)',
    ],
    cues: {
      en: [
        'packaging',
        'labeling',
        'labelling',
        'blister',
        'bottling',
        'cartoning',
        'serialization',
        'serialisation',
        'clinical supplies',
        'secondary packaging',
        'kits',
      ],
      zh: ['包装', '贴签', '标签', '泡罩', '装瓶', '序列化', '临床用药', '外包装'],
    },
    otherSenses: [
      {
        id: 'chief_product_officer',
        expansion: { en: 'Chief Product Officer', zh: '首席产品官' },
        short: {
          en: "The executive responsible for a company's products, roadmap and product teams; common in technology firms.",
          zh: '负责产品规划和产品团队的高管，常见于科技企业。',
        },
        cues: {
          en: ['chief product officer', 'product', 'roadmap', 'software', 'saas', 'users', 'appointed', 'executive'],
          zh: ['首席产品官', '产品', '用户', '软件', '任命', '高管'],
        },
      },
      {
        id: 'chief_procurement_officer',
        expansion: { en: 'Chief Procurement Officer', zh: '首席采购官' },
        short: {
          en: "The executive who leads an organisation's purchasing, sourcing and supplier management.",
          zh: '主管企业采购、寻源和供应商管理的高管。',
        },
        cues: {
          en: ['chief procurement officer', 'procurement', 'sourcing', 'purchasing', 'spend', 'suppliers', 'appointed'],
          zh: ['首席采购官', '采购', '寻源', '供应商管理', '任命', '高管'],
        },
      },
      {
        id: 'chief_people_officer',
        expansion: { en: 'Chief People Officer', zh: '首席人才官' },
        short: {
          en: 'The executive in charge of human resources, talent and company culture.',
          zh: '负责人力资源、人才和企业文化的高管。',
        },
        cues: {
          en: ['chief people officer', 'hr', 'human resources', 'talent', 'culture', 'employees', 'appointed'],
          zh: ['首席人才官', '首席人力资源官', '人力资源', '人才', '企业文化', '任命'],
        },
      },
    ],
  },
  {
    id: 'fsp',
    category: 'outsourcing',
    name: { en: 'FSP', zh: 'FSP' },
    expansion: { en: 'Functional Service Provider', zh: '功能性服务提供商' },
    forms: {
      en: ['FSP', 'Functional Service Provider', 'functional outsourcing'],
      zh: ['功能性服务提供商', '功能服务提供商', '功能性服务外包'],
    },
    short: {
      en: "An outsourcing model in which a provider staffs defined functions, such as monitoring, data management, biostatistics or pharmacovigilance, across a sponsor's portfolio, usually paid per FTE and working in the sponsor's systems.",
      zh: '外包商按职能为申办者的整条管线配备人员（如监查、数据管理、生物统计、药物警戒）的模式，通常按FTE计费并使用申办者的系统和流程。',
    },
    details: {
      en: 'Unlike full-service outsourcing, where a CRO runs whole studies, an FSP deal outsources a function: the sponsor keeps control of trial strategy, its SOPs and its systems, and the provider supplies trained people at scale. Big pharma favours FSP for large, steady portfolios, while biotechs without in-house teams more often buy full service. Large CROs offer both models, and Chinese CROs also provide FSP teams, notably for data management and biostatistics.',
      zh: '与由CRO承包整个试验的全服务外包不同，FSP外包的是某一职能：申办者掌控试验策略、自身SOP和系统，外包商则规模化提供经培训的人员。大药企的管线规模大且稳定，偏好FSP；缺乏内部团队的生物技术公司更多采用全服务外包。大型CRO两种模式兼营，国内CRO也提供FSP团队，尤以数据管理和生物统计为多。',
    },
    differences: [
      {
        term: 'full-service-outsourcing',
        en: 'In full-service outsourcing the CRO runs the whole study; in FSP the sponsor runs it and buys staff for specific functions.',
        zh: '全服务外包由CRO承包整个试验，FSP则由申办者主导试验、按职能购买人力。',
      },
      {
        term: 'fte-model',
        en: 'FSP is the service model; the FTE model is the way such work is usually priced.',
        zh: 'FSP是服务模式，FTE模式是此类服务通常采用的计价方式。',
      },
    ],
    related: ['full-service-outsourcing', 'fte-model', 'cro', 'sponsor', 'big-pharma'],
    cues: {
      en: [
        'functional',
        'data management',
        'biostatistics',
        'monitoring',
        'pharmacovigilance',
        'resourcing',
        'staffing',
        'fte',
        'sponsor',
        'clinical operations',
        'outsourcing',
      ],
      zh: ['功能性', '数据管理', '生物统计', '监查', '药物警戒', '人员', '外包', '申办者', '临床运营'],
    },
    otherSenses: [
      {
        id: 'financial_services_provider',
        expansion: { en: 'Financial Services Provider', zh: '金融服务提供商' },
        short: {
          en: 'A firm licensed or registered to give financial advice or services, a formal category in countries such as South Africa and New Zealand.',
          zh: '经许可或注册提供金融咨询或服务的机构，在南非、新西兰等国是正式的监管类别。',
        },
        cues: {
          en: ['financial', 'financial services', 'insurance', 'adviser', 'advisor', 'licence', 'investment', 'fsca'],
          zh: ['金融', '金融服务', '保险', '理财', '牌照', '投资'],
        },
      },
    ],
  },
  {
    id: 'mah',
    category: 'outsourcing',
    name: { en: 'MAH', zh: 'MAH' },
    expansion: { en: 'Marketing Authorization Holder', zh: '药品上市许可持有人' },
    forms: {
      en: ['MAH', 'Marketing Authorization Holder', 'Marketing Authorisation Holder'],
      zh: ['药品上市许可持有人', '上市许可持有人', '持有人制度'],
    },
    short: {
      en: "The company that holds a drug's marketing authorisation and is legally responsible for it throughout its life, including quality, safety monitoring and compliance, whether or not it makes the drug itself.",
      zh: '持有药品注册证书、对药品全生命周期的质量、安全监测和合规依法承担责任的企业或机构，无论其是否自行生产。',
    },
    details: {
      en: "The MAH concept comes from EU law (Directive 2001/83/EC); in the US the closest equivalent is the NDA or BLA holder. China piloted it in ten provinces and municipalities from 2016 and made it nationwide under the 2019 revised Drug Administration Law (药品管理法). Before that, Chinese approvals were essentially tied to a licensed manufacturer; the reform let R&D companies and biotechs hold approvals and have CMOs/CDMOs make their drugs, fuelling China's CDMO growth. The MAH must keep its own quality system, pharmacovigilance and oversight of contractors.",
      zh: 'MAH概念源自欧盟法规（2001/83/EC指令），美国最接近的对应是NDA或BLA持有人。我国自2016年起在十个省市试点药品上市许可持有人制度，2019年修订的《药品管理法》将其推向全国。此前药品批准文号基本与持证生产企业绑定；改革后研发机构和生物技术公司可以持有批准证明文件并委托CMO/CDMO生产，推动了国内CDMO行业的发展。持有人须建立自身的质量体系和药物警戒体系，并对受托方进行监督。',
    },
    differences: [
      {
        term: 'sponsor',
        en: 'The sponsor is responsible for a clinical trial; the MAH for an approved product. Often the same company at different stages.',
        zh: '申办者对临床试验负责，持有人对已上市药品负责，二者常是同一企业在不同阶段的角色。',
      },
      {
        term: 'cmo',
        en: 'The CMO manufactures under contract; the MAH remains answerable for the product it makes.',
        zh: 'CMO受托生产，所产药品的责任仍由持有人承担。',
      },
    ],
    related: ['cmo', 'cdmo', 'sponsor', 'virtual-company', 'nmpa', 'pharmacovigilance', 'maa', 'quality-agreement'],
    references: [
      '药品管理法',
      'Directive 2001/83/EC',
      '药品上市许可持有人制度试点方案',
      '药品生产监督管理办法',
      '药品注册管理办法',
    ],
    cues: {
      en: [
        'marketing authorization',
        'marketing authorisation',
        'license holder',
        'licence holder',
        'pharmacovigilance',
        'approval',
        'contract manufacturing',
        'responsible',
        'ema',
        'nmpa',
      ],
      zh: ['持有人', '上市许可', '委托生产', '药品管理法', '药物警戒', '批准文号', '注册证书', '受托'],
    },
  },
  {
    id: 'sponsor',
    category: 'outsourcing',
    name: { en: 'Sponsor', zh: '申办者' },
    forms: {
      en: ['trial sponsor', 'clinical trial sponsor', 'study sponsor'],
      zh: ['申办者', '申办方'],
    },
    short: {
      en: 'The company, institution or person that initiates, manages or funds a clinical trial and is responsible for it under GCP. In industry news, usually the drug developer that hires CROs and sites.',
      zh: '发起、管理或资助临床试验并依GCP对其负责的企业、机构或个人；行业新闻中通常指聘用CRO和试验机构的药物研发方。',
    },
    details: {
      en: "Under ICH E6 the sponsor answers for trial design, quality management, safety reporting and data integrity even when it delegates tasks to a CRO. Sponsors range from big pharma and biotechs to academic groups; in investigator-initiated trials the investigator takes on the sponsor role. In outsourcing news 'sponsor' also simply means the CRO's or CDMO's client. Chinese GCP uses 申办者, and industry often says 申办方.",
      zh: '按ICH E6，申办者即使将工作委托给CRO，仍对试验设计、质量管理、安全性报告和数据完整性负责。申办者既有大药企、生物技术公司，也有学术机构；在研究者发起的临床研究中由研究者承担申办者职责。外包行业报道中的“申办方”也泛指CRO或CDMO的客户。我国GCP使用“申办者”，业内也常说“申办方”。',
    },
    differences: [
      {
        term: 'mah',
        en: 'The sponsor is responsible for a trial; the MAH for the approved product.',
        zh: '申办者对临床试验负责，上市许可持有人对获批药品负责。',
      },
      {
        term: 'cro',
        en: 'The CRO performs delegated trial tasks; the sponsor keeps ultimate responsibility.',
        zh: 'CRO执行受托的试验工作，最终责任仍在申办者。',
      },
    ],
    related: ['cro', 'mah', 'biotech', 'big-pharma', 'gcp', 'ind', 'pi'],
    references: ['ICH E6(R3)', '药物临床试验质量管理规范', '21 CFR 312'],
    cues: {
      en: ['clinical trial', 'study', 'trial', 'protocol', 'investigator', 'cro', 'gcp', 'ind', 'enrollment'],
      zh: ['临床试验', '试验', '方案', '研究者', '受试者', '伦理委员会', '药物'],
    },
  },
  {
    id: 'biotech',
    category: 'outsourcing',
    name: { en: 'Biotech', zh: '生物技术公司' },
    forms: {
      en: ['biotech company', 'biotechnology company', 'biotech firm', 'biotech startup', 'emerging biotech'],
      zh: ['生物技术公司', '生物科技公司', '生物技术企业', '生物科技企业'],
    },
    short: {
      en: 'In industry news, a usually smaller, research-driven drug developer built around a technology or pipeline, often not yet profitable and funded by venture capital, IPOs and partnering deals. The main clients of CROs and CDMOs.',
      zh: '行业新闻中通常指规模较小、以技术或管线为核心的研发型药企，往往尚未盈利，依靠风险投资、上市融资和合作交易获得资金，是CRO和CDMO的主要客户。',
    },
    details: {
      en: 'Despite the name, biotechs develop small molecules as well as biologics, and many out-license or sell assets to big pharma rather than commercialise alone. Lean teams outsource most lab, clinical and manufacturing work, so biotech funding cycles drive CRO and CDMO demand. In China, Hong Kong\'s Chapter 18A listing rules (2018) and the STAR Market\'s fifth listing standard (2019) opened public markets to pre-revenue biotechs; Chinese media often write "Biotech" in English or say 创新药企.',
      zh: '尽管名为“生物技术”，这类公司也开发小分子药物，许多公司选择将资产授权或出售给大药企，而非独立商业化。其团队精简，实验、临床和生产大多外包，因此生物技术公司的融资周期直接影响CRO和CDMO的需求。在国内，港交所第18A章（2018年）和科创板第五套上市标准（2019年）为未盈利生物技术公司打开了上市通道；中文媒体常直接写“Biotech”或称“创新药企”。',
    },
    differences: [
      {
        term: 'big-pharma',
        en: 'Big pharma has broad commercial operations and many marketed drugs; a biotech is usually smaller, pipeline-focused and often pre-revenue.',
        zh: '大药企拥有完整的商业化体系和众多上市产品，生物技术公司通常规模较小、聚焦管线且常未有收入。',
      },
      {
        term: 'virtual-company',
        en: 'A virtual company is a biotech taken to the extreme: a tiny team that outsources almost everything.',
        zh: '虚拟药企是生物技术公司的极端形态：极小的核心团队，几乎所有工作都外包。',
      },
    ],
    related: ['big-pharma', 'virtual-company', 'newco', 'licensing', 'bd', 'cro', 'cdmo'],
    references: ['HKEX Main Board Listing Rules Chapter 18A', '上海证券交易所科创板股票上市规则'],
    cues: {
      en: [
        'pipeline',
        'venture',
        'funding',
        'financing',
        'ipo',
        'clinical-stage',
        'startup',
        'drug developer',
        'licensing',
        'series a',
        'series b',
      ],
      zh: ['管线', '融资', '创新药', '上市', '临床阶段', '风投', '授权', '港交所', '科创板'],
    },
  },
  {
    id: 'big-pharma',
    category: 'outsourcing',
    name: { en: 'Big Pharma', zh: '大药企' },
    forms: {
      en: ['big pharma', 'large pharma', 'multinational pharmaceutical company', 'multinational pharma'],
      zh: ['大药企', '跨国药企', '跨国制药企业', '跨国制药公司', '制药巨头', '大型药企'],
    },
    short: {
      en: 'The largest research-based drug companies, such as Pfizer, Roche, Novartis, Merck & Co., J&J and AstraZeneca, with global sales networks and many marketed drugs. Key buyers of biotech assets and outsourcing services.',
      zh: '辉瑞、罗氏、诺华、默沙东、强生、阿斯利康等全球规模最大的研发型药企，拥有全球销售网络和众多上市产品，是生物技术资产和外包服务的主要买家。',
    },
    details: {
      en: "Big pharma funds much late-stage development and commercialisation and refills pipelines facing patent expiries by licensing or buying assets from biotechs. Its outsourcing decisions, such as preferred-provider and FSP deals, shape the CRO and CDMO markets. Chinese media call these companies 跨国药企 or MNC and contrast them with domestic pharma; out-licensing from Chinese biotechs to MNCs has become a major deal flow since the early 2020s. In general media 'Big Pharma' can also be a critical label for the industry as a whole.",
      zh: '大药企承担了大量后期开发和商业化工作，面对专利到期时常通过授权引进或收购生物技术公司的资产补充管线。其外包决策（如优选供应商和FSP合作）深刻影响CRO和CDMO市场。中文媒体称之为“跨国药企”或“MNC”，与本土药企相对；2020年代初以来，中国生物技术公司向MNC对外授权已成为重要的交易潮流。在大众媒体中，“Big Pharma”有时也带有批评整个制药业的意味。',
    },
    differences: [
      {
        term: 'biotech',
        en: 'A biotech is usually smaller, pipeline-focused and often pre-revenue; big pharma has global commercial operations.',
        zh: '生物技术公司通常规模较小、聚焦管线且常未盈利，大药企拥有全球商业化体系。',
      },
    ],
    related: ['biotech', 'licensing', 'bd', 'patent-cliff', 'loe', 'fsp'],
    cues: {
      en: [
        'pharma',
        'pharmaceutical',
        'drugmakers',
        'pipeline',
        'acquisition',
        'licensing',
        'deal',
        'pfizer',
        'novartis',
        'roche',
        'patent',
      ],
      zh: ['药企', '制药', '管线', '收购', '授权', '交易', '创新药', '专利'],
    },
  },
  {
    id: 'virtual-company',
    category: 'outsourcing',
    name: { en: 'Virtual company', zh: '虚拟药企' },
    forms: {
      en: ['virtual pharma', 'virtual biotech', 'virtual pharmaceutical company', 'virtual drug development company'],
      zh: ['虚拟药企', '虚拟制药公司', '虚拟研发公司'],
    },
    short: {
      en: 'A drug developer with a small core team that owns the assets and makes decisions but outsources nearly all lab, clinical, manufacturing and regulatory work to CROs, CDMOs and consultants.',
      zh: '只有小型核心团队、掌握资产和决策，而把几乎全部实验、临床、生产和注册工作外包给CRO、CDMO和咨询机构的药物研发企业。',
    },
    details: {
      en: 'The model keeps fixed costs low and lets investors fund a single asset or programme; many NewCos and spin-outs start this way. The trade-off is dependence on vendors, so choosing and overseeing vendors and writing sound quality agreements are core skills, since regulators hold the sponsor or MAH responsible regardless of who does the work. In China the MAH system made the model workable, because a company can now hold an approval without owning a factory.',
      zh: '该模式固定成本低，便于投资人围绕单一资产或项目注资，许多NewCo和分拆公司都以此起步。代价是高度依赖供应商，因此供应商遴选、监督和质量协议成为核心能力，因为无论由谁执行，监管部门都追究申办者或持有人的责任。在国内，药品上市许可持有人制度使这一模式成为可能：企业无需拥有工厂即可持有药品批准证明文件。',
    },
    differences: [
      {
        term: 'biotech',
        en: 'Most biotechs run some labs or trials in-house; a virtual company outsources almost everything.',
        zh: '多数生物技术公司自有部分实验室或临床团队，虚拟药企则几乎全部外包。',
      },
    ],
    related: ['biotech', 'newco', 'mah', 'cro', 'cdmo', 'full-service-outsourcing'],
    cues: {
      en: ['outsourcing', 'outsources', 'lean', 'small team', 'vendors', 'cro', 'cdmo', 'asset', 'spin-out'],
      zh: ['外包', '轻资产', '核心团队', '供应商', '持有人', '资产'],
    },
  },
  {
    id: 'tech-transfer',
    category: 'outsourcing',
    name: { en: 'Technology transfer', zh: '技术转移' },
    forms: {
      en: ['technology transfer', 'tech transfer', 'process transfer'],
      zh: ['技术转移', '工艺转移'],
    },
    short: {
      en: 'Moving a manufacturing process or analytical method, with its knowledge and documents, from development to production or from one site or company to another (such as a CDMO), and showing the receiving site can run it.',
      zh: '将生产工艺或分析方法连同相关知识和文件，从研发转入生产，或从一个场地、企业转到另一个（如CDMO），并证明接收方能够稳定实施。',
    },
    details: {
      en: 'ICH Q10 treats technology transfer as a lifecycle stage between development and commercial manufacturing. A transfer packages process descriptions, batch records, methods, materials and risk assessments, followed by engineering and validation (PPQ) batches at the receiving site; weak transfers are a common cause of delays and deviations. Moving production to a new site or CDMO usually needs a post-approval regulatory change. In Chinese, 技术转移 also means moving university research into industry, and older rules used 技术转让 for transferring a drug approval.',
      zh: 'ICH Q10将技术转移视为研发与商业化生产之间的生命周期阶段。转移内容包括工艺描述、批记录、分析方法、物料和风险评估，随后在接收方进行工程批和工艺验证（PPQ）批生产；转移不充分是项目延误和偏差的常见原因。将生产转到新场地或CDMO通常需办理上市后变更。中文“技术转移”也指高校科研成果向产业转化，旧法规中的“技术转让”则指药品批准文号的转让。',
    },
    differences: [
      {
        term: 'process-validation',
        en: 'Technology transfer moves the process to the receiving site; process validation then proves it runs consistently there.',
        zh: '技术转移把工艺转到接收方，工艺验证则证明工艺在接收方能稳定运行。',
      },
    ],
    related: ['cmo', 'cdmo', 'scale-up', 'process-validation', 'ppq', 'dual-sourcing', 'process-development'],
    references: [
      'ICH Q10',
      'ICH Q12',
      'WHO guidelines on transfer of technology in pharmaceutical manufacturing',
      '药品上市后变更管理办法（试行）',
    ],
    cues: {
      en: [
        'manufacturing',
        'process',
        'receiving site',
        'sending site',
        'cdmo',
        'scale-up',
        'batches',
        'validation',
        'analytical method',
        'site',
      ],
      zh: ['生产', '工艺', '接收方', '转出方', '验证', '批次', '分析方法', '场地', '放大'],
    },
  },
  {
    id: 'dual-sourcing',
    category: 'outsourcing',
    name: { en: 'Dual sourcing', zh: '双供应商策略' },
    forms: {
      en: ['dual sourcing', 'dual source', 'dual supplier', 'second source supplier'],
      zh: ['双供应商', '双源供应', '第二供应商'],
    },
    short: {
      en: 'Qualifying two suppliers or manufacturing sites for the same material, API or product so supply continues if one fails. Trades extra cost and qualification work for resilience.',
      zh: '为同一物料、原料药或产品认证两家供应商或两个生产场地，以便一家出问题时供应不中断；以额外成本和验证工作换取供应韧性。',
    },
    details: {
      en: "Drug shortages, plant quality failures and geopolitics, including US scrutiny of Chinese biotech suppliers, have pushed companies to add second sources for APIs, starting materials, single-use components and CDMO capacity. Each new source needs supplier qualification, technology transfer, comparability data and often a regulatory change filing, so it takes time and money. For Chinese CDMOs, clients' dual-sourcing policies can mean sharing volumes with Western or Indian competitors.",
      zh: '药品短缺、工厂质量问题以及地缘政治（包括美国对中国生物技术供应商的审查）促使药企为原料药、起始物料、一次性耗材和CDMO产能增设第二来源。每新增一个来源都需要供应商审计确认、技术转移、可比性数据，且常需申报变更，耗时耗资。对国内CDMO而言，客户的双供应商策略可能意味着与欧美或印度同行分享订单。',
    },
    related: ['tech-transfer', 'capacity-reservation', 'cdmo', 'api', 'rsm'],
    references: ['ICH Q7', 'ICH Q10', 'ICH Q12'],
    cues: {
      en: [
        'supply chain',
        'supplier',
        'suppliers',
        'resilience',
        'shortage',
        'second source',
        'qualification',
        'geopolitical',
        'api',
        'cdmo',
      ],
      zh: ['供应链', '供应商', '短缺', '地缘政治', '原料药', '备份', '供应安全', '审计'],
    },
  },
  {
    id: 'capacity-reservation',
    category: 'outsourcing',
    name: { en: 'Capacity reservation', zh: '产能预留' },
    forms: {
      en: ['capacity reservation', 'reserved capacity', 'capacity booking'],
      zh: ['产能预留', '预留产能', '产能预订'],
    },
    short: {
      en: 'An agreement, often with a fee, under which a CDMO holds production slots or a line for a client over a set period, securing supply when manufacturing capacity is scarce.',
      zh: '客户通常支付费用，让CDMO在约定期限内为其保留生产档期或产线，以在产能紧张时锁定供应的安排。',
    },
    details: {
      en: 'Reservations became common for biologics, COVID-19 vaccines, GLP-1 drugs and ADCs, where bioreactor or fill-finish capacity is tight. The client pays a reservation fee or commits to minimum volumes, sometimes on take-or-pay terms, and the CDMO gains predictable utilisation. New reservations and cancellations are watched in CDMO earnings as signals of demand.',
      zh: '在生物药、新冠疫苗、GLP-1药物和ADC等领域，生物反应器或灌装产能紧张，产能预留因此普遍。客户支付预留费或承诺最低采购量，有时采用照付不议条款；CDMO则获得可预期的产能利用率。新增预留和取消预留常被视为CDMO业绩中反映需求的信号。',
    },
    differences: [
      {
        term: 'take-or-pay',
        en: 'Capacity reservation secures slots; take-or-pay obliges the buyer to pay for a minimum volume even if it orders less.',
        zh: '产能预留锁定生产档期，照付不议则要求买方即使少订也须为最低量付款。',
      },
    ],
    related: ['take-or-pay', 'cdmo', 'capacity-utilization', 'dual-sourcing', 'msa'],
    cues: {
      en: ['capacity', 'cdmo', 'slots', 'bioreactor', 'fill-finish', 'fee', 'supply', 'manufacturing', 'biologics'],
      zh: ['产能', '档期', '生物反应器', '灌装', '预留费', '供应', '订单', '生物药'],
    },
  },
  {
    id: 'take-or-pay',
    category: 'outsourcing',
    name: { en: 'Take-or-pay', zh: '照付不议' },
    forms: {
      en: ['take-or-pay', 'minimum purchase commitment', 'minimum volume commitment'],
      zh: ['照付不议', '最低采购承诺'],
    },
    short: {
      en: 'A supply-contract clause that requires the buyer to pay for an agreed minimum volume whether or not it takes delivery. Protects a CDMO that invests in capacity for one client.',
      zh: '供应合同中要求买方无论是否实际提货都须为约定最低量付款的条款，用于保护为特定客户投入产能的CDMO。',
    },
    details: {
      en: 'The term comes from energy contracts and is used in pharma for long-term supply, especially when a CDMO builds or dedicates capacity for a single client. If the product fails in trials or sells below forecast, the buyer still owes the shortfall, which can surface as a one-off charge in its results. The Chinese term 照付不议 is borrowed from the natural-gas industry.',
      zh: '该术语源自能源合同，在医药领域用于长期供应协议，尤其是CDMO为单一客户新建或专用产能时。若产品临床失败或销量低于预测，买方仍须支付差额，可能在财报中体现为一次性费用。中文“照付不议”一词借自天然气行业。',
    },
    differences: [
      {
        term: 'capacity-reservation',
        en: 'Capacity reservation pays to hold slots; take-or-pay commits the buyer to pay for a minimum volume.',
        zh: '产能预留是付费保留档期，照付不议是承诺为最低采购量付款。',
      },
    ],
    related: ['capacity-reservation', 'cdmo', 'msa', 'risk-sharing'],
    cues: {
      en: [
        'supply agreement',
        'minimum volume',
        'commitment',
        'contract',
        'cdmo',
        'capacity',
        'shortfall',
        'long-term supply',
      ],
      zh: ['供应协议', '最低采购量', '合同', '产能', '差额', '长期供应', '条款'],
    },
  },
  {
    id: 'full-service-outsourcing',
    category: 'outsourcing',
    name: { en: 'Full-service outsourcing', zh: '全服务外包' },
    forms: {
      en: ['full-service outsourcing', 'full-service model', 'full-service CRO'],
      zh: ['全服务外包', '全流程外包'],
    },
    short: {
      en: 'An outsourcing model in which one CRO runs a whole clinical study or programme for the sponsor, including project management, sites, monitoring, data and reporting, usually paid per task or milestone.',
      zh: '由一家CRO为申办者承包整个临床试验或项目的外包模式，涵盖项目管理、中心管理、监查、数据和报告，通常按任务或里程碑计费。',
    },
    details: {
      en: 'Full service suits biotechs without clinical operations staff and one-off large studies: the sponsor oversees the CRO rather than doing the work. It contrasts with the FSP model, in which the sponsor keeps project control and buys staff for individual functions; many big pharma companies mix the two. Chinese media sometimes abbreviate full-service outsourcing as FSO.',
      zh: '全服务外包适合缺乏临床运营团队的生物技术公司或单项大型试验：申办者负责监督CRO而非亲自执行。与之相对的是FSP模式，即申办者保留项目主导权、按职能购买人力；许多大药企两种模式并用。中文媒体有时将全服务外包简称为FSO。',
    },
    differences: [
      {
        term: 'fsp',
        en: 'In the FSP model the sponsor runs the study and buys staff by function; in full service the CRO runs the study.',
        zh: 'FSP模式由申办者主导试验、按职能购买人力，全服务外包则由CRO承包整个试验。',
      },
    ],
    related: ['fsp', 'cro', 'fee-for-service', 'sponsor', 'biotech'],
    cues: {
      en: ['cro', 'sponsor', 'clinical trial', 'study', 'outsourcing', 'project management', 'monitoring', 'biotech'],
      zh: ['申办者', '临床试验', '外包', '项目管理', '监查', '生物技术公司'],
    },
  },
];
