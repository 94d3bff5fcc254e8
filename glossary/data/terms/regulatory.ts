import type { TermInput } from '../../schema';

export const regulatoryTerms: TermInput[] = [
  // ───────────────────────────── Agencies ─────────────────────────────
  {
    id: 'fda',
    category: 'regulatory',
    name: { en: 'FDA', zh: 'FDA' },
    expansion: { en: 'Food and Drug Administration', zh: '美国食品药品监督管理局' },
    forms: {
      en: ['FDA', 'Food and Drug Administration'],
      zh: ['美国食品药品监督管理局', '美国食品药品管理局', '美国食品和药物管理局', '美国药监局'],
    },
    short: {
      en: 'The US federal agency that regulates drugs, biologics, medical devices, food and tobacco. Its approvals, inspections and warning letters move drug launches and share prices worldwide.',
      zh: '美国联邦政府负责药品、生物制品、医疗器械、食品和烟草监管的机构。其审批、检查和警告信直接影响全球药品上市进程和企业股价。',
    },
    details: {
      en: 'FDA is part of the US Department of Health and Human Services. Drugs are reviewed mainly by its Center for Drug Evaluation and Research (CDER), most vaccines, blood products and cell and gene therapies by the Center for Biologics Evaluation and Research (CBER), and devices by CDRH. Besides approving NDAs, BLAs and ANDAs, FDA inspects manufacturing sites worldwide, including many Chinese and Indian API and CDMO plants, and issues Form 483s and warning letters. Chinese media usually write 美国FDA.',
      zh: 'FDA隶属美国卫生与公众服务部。药品主要由药品审评与研究中心（CDER）审评，大多数疫苗、血液制品及细胞和基因治疗产品由生物制品审评与研究中心（CBER）负责，医疗器械由器械与放射健康中心（CDRH）负责。除审批NDA、BLA和ANDA外，FDA还在全球范围检查生产场地（包括大量中国和印度的原料药及CDMO工厂），并签发483表和警告信。中文报道多直接称“美国FDA”。',
    },
    differences: [
      {
        term: 'ema',
        en: 'FDA itself grants US approvals, whereas EMA only gives a scientific opinion and the European Commission issues the EU marketing authorisation.',
        zh: 'FDA自行批准药品在美国上市；EMA只出具科学意见，欧盟上市许可由欧盟委员会签发。',
      },
      {
        term: 'nmpa',
        en: 'FDA regulates the US market; NMPA is its Chinese counterpart, with CDE doing the technical review of applications.',
        zh: 'FDA监管美国市场；NMPA是中国的对应机构，技术审评由其下属的药审中心（CDE）承担。',
      },
    ],
    related: ['ema', 'nmpa', 'nda', 'bla', 'anda', 'pdufa-date', 'form-483', 'warning-letter'],
    references: ['Federal Food, Drug, and Cosmetic Act', '21 CFR'],
    cues: {
      en: [
        'approval',
        'approved',
        'cder',
        'cber',
        'inspection',
        'advisory committee',
        'guidance',
        'warning letter',
        'clearance',
        'complete response letter',
      ],
      zh: ['获批', '批准', '美国', '审评', '检查', '警告信', '指南', '上市'],
    },
  },
  {
    id: 'ema',
    category: 'regulatory',
    name: { en: 'EMA', zh: 'EMA' },
    expansion: { en: 'European Medicines Agency', zh: '欧洲药品管理局' },
    forms: {
      en: ['EMA', 'European Medicines Agency'],
      zh: ['欧洲药品管理局', '欧洲药品局', '欧盟药品管理局'],
    },
    short: {
      en: 'The EU agency that evaluates and supervises medicines. Its scientific committee CHMP gives opinions on centralised applications, and the European Commission then grants a marketing authorisation valid across the EU.',
      zh: '欧盟负责药品科学评价和监督的机构。其人用药品委员会（CHMP）对集中审评申请出具意见，再由欧盟委员会签发在全欧盟有效的上市许可。',
    },
    details: {
      en: 'EMA has been based in Amsterdam since 2019 (previously London) and coordinates the scientific work of national regulators in the EU. Its Committee for Medicinal Products for Human Use (CHMP) assesses applications filed through the centralised procedure, which is mandatory for biotech products, orphan drugs, advanced therapies and new active substances for diseases such as cancer and diabetes. A positive CHMP opinion is usually turned into a European Commission decision within about two months.',
      zh: 'EMA自2019年起设在阿姆斯特丹（此前在伦敦），协调欧盟各成员国药品监管机构的科学评价工作。其人用药品委员会（CHMP）负责审评经集中审评程序提交的申请；生物技术产品、孤儿药、先进治疗产品以及治疗癌症、糖尿病等疾病的新活性物质必须走集中程序。CHMP出具积极意见后，欧盟委员会通常在约两个月内作出批准决定。',
    },
    differences: [
      {
        term: 'fda',
        en: 'EMA recommends and the European Commission decides, while FDA both reviews and approves.',
        zh: 'EMA负责审评和推荐，由欧盟委员会作出决定；FDA则审评与批准一体。',
      },
      {
        term: 'mhra',
        en: 'MHRA is the UK regulator and, since Brexit, outside the EU system that EMA coordinates.',
        zh: 'MHRA是英国的监管机构，脱欧后已不属于EMA协调的欧盟体系。',
      },
    ],
    related: ['maa', 'fda', 'mhra', 'orphan-drug', 'accelerated-approval', 'cep'],
    references: ['Regulation (EC) No 726/2004', 'Directive 2001/83/EC'],
    cues: {
      en: [
        'chmp',
        'positive opinion',
        'european commission',
        'marketing authorisation',
        'eu',
        'europe',
        'prac',
        'medicine',
        'approval',
        'rolling review',
        'marketing authorisation application',
        'validated',
        'human medicines committee',
      ],
      zh: ['欧盟', '欧洲', '上市许可', '积极意见', '人用药品委员会', '欧盟委员会', '药品', '上市申请', '上市许可申请'],
    },
    otherSenses: [
      {
        id: 'exponential_moving_average',
        expansion: { en: 'Exponential Moving Average', zh: '指数移动平均' },
        short: {
          en: 'A price indicator in technical analysis that averages recent prices, weighting the latest most heavily.',
          zh: '技术分析中的价格指标，对近期价格加权平均，越新的价格权重越大。',
        },
        cues: {
          en: [
            'price',
            'chart',
            'trading',
            'crossover',
            'moving average',
            'indicator',
            'bullish',
            'bearish',
            'sma',
            'macd',
            'resistance',
            'shares',
            'crosses',
            'simple moving average',
            'broke above',
            '50-day',
            '20-day',
          ],
          zh: [
            '均线',
            '指数移动平均',
            '移动平均线',
            '股价',
            'k线',
            '金叉',
            '死叉',
            '技术指标',
            '日线',
            '站上',
            '技术面',
          ],
        },
      },
    ],
  },
  {
    id: 'nmpa',
    category: 'regulatory',
    name: { en: 'NMPA', zh: '国家药监局' },
    expansion: { en: 'National Medical Products Administration', zh: '国家药品监督管理局' },
    forms: {
      en: [
        'NMPA',
        'National Medical Products Administration',
        'CFDA',
        'China Food and Drug Administration',
        'SFDA',
        'State Food and Drug Administration',
      ],
      zh: ['国家药品监督管理局', '国家药监局', '国家食品药品监督管理总局', '国家食品药品监督管理局'],
    },
    short: {
      en: "China's national regulator of drugs, medical devices and cosmetics (国家药品监督管理局). Its approvals, registration rules and inspections shape the Chinese pharma market; it was formerly called CFDA and, before that, SFDA.",
      zh: '中国负责药品、医疗器械和化妆品监管的国家机构，其审批、注册制度和检查决定着国内医药市场格局。前身为国家食品药品监督管理总局（CFDA）和国家食品药品监督管理局（SFDA）。',
    },
    details: {
      en: 'NMPA took its current name in the 2018 government reorganisation and is administered by the State Administration for Market Regulation (SAMR). It was the CFDA from 2013 to 2018 and the SFDA from 2003 to 2013. Technical review of drug applications is done by its Center for Drug Evaluation (CDE), while provincial medical products administrations issue most manufacturing licences and run routine GMP inspections. Since China joined ICH in 2017, many NMPA requirements have been aligned with international guidelines.',
      zh: '国家药品监督管理局于2018年机构改革后组建，由国家市场监督管理总局管理；2013年至2018年称国家食品药品监督管理总局（CFDA），2003年至2013年称国家食品药品监督管理局（SFDA）。药品注册申请的技术审评由其药品审评中心（CDE）承担，药品生产许可和日常GMP检查主要由省级药品监督管理部门负责。2017年中国加入ICH后，NMPA的许多技术要求已与国际指导原则接轨。',
    },
    differences: [
      {
        term: 'cde',
        en: 'NMPA is the regulator that issues approvals; CDE is its technical centre that reviews the dossiers.',
        zh: 'NMPA是作出审批决定的监管机构；CDE是其下属、负责审评申报资料的技术机构。',
      },
      {
        term: 'fda',
        en: 'NMPA regulates the Chinese market; FDA is the US counterpart and both reviews and approves in-house.',
        zh: 'NMPA监管中国市场；FDA是美国的对应机构，审评与审批均在其内部完成。',
      },
    ],
    related: ['cde', 'fda', 'ich', 'consistency-evaluation', 'nrdl', 'mah'],
    references: ['药品管理法', '药品注册管理办法'],
    cues: {
      en: [
        'china',
        'chinese',
        'approval',
        'approved',
        'registration',
        'cde',
        'marketing application',
        'inspection',
        'beijing',
      ],
      zh: ['获批', '批准', '上市', '注册', '受理', '审评', '国内', '监管'],
    },
    formNotes: [
      { form: 'CFDA', en: 'Former name, 2013–2018.', zh: '原名称，2013年至2018年使用。' },
      {
        form: 'China Food and Drug Administration',
        en: 'Former name (CFDA), 2013–2018.',
        zh: '原名称（CFDA），2013年至2018年使用。',
      },
      { form: 'SFDA', en: 'Former name, 2003–2013.', zh: '原名称，2003年至2013年使用。' },
      {
        form: 'State Food and Drug Administration',
        en: 'Former name (SFDA), 2003–2013.',
        zh: '原名称（SFDA），2003年至2013年使用。',
      },
      {
        form: '国家食品药品监督管理总局',
        en: 'Former name (CFDA), 2013–2018.',
        zh: '原名称（CFDA），2013年至2018年使用。',
      },
      {
        form: '国家食品药品监督管理局',
        en: 'Former name (SFDA), 2003–2013.',
        zh: '原名称（SFDA），2003年至2013年使用。',
      },
    ],
  },
  {
    id: 'cde',
    category: 'regulatory',
    name: { en: 'CDE', zh: 'CDE' },
    expansion: { en: 'Center for Drug Evaluation', zh: '国家药品监督管理局药品审评中心' },
    forms: {
      en: ['CDE'],
      zh: [
        '国家药品监督管理局药品审评中心',
        '国家药监局药品审评中心',
        '国家药监局药审中心',
        '药品审评中心',
        '药审中心',
      ],
    },
    short: {
      en: "NMPA's Center for Drug Evaluation, which carries out the technical review of clinical trial and marketing applications for drugs in China. Its acceptance lists and priority-review notices are closely watched.",
      zh: '国家药监局下属的药品审评中心，负责药物临床试验申请和上市申请的技术审评。其受理信息和优先审评公示受到业界密切关注。',
    },
    details: {
      en: "CDE reviews clinical trial applications, new drug and biologics marketing applications, generic applications and supplements, and publishes technical guidelines and lists of products proposed for priority review or breakthrough therapy status. Its conclusions go to NMPA, which issues the approval. It also hosts the registration platform for APIs, excipients and packaging materials that are reviewed together with the drug product. Do not confuse it with CDER, FDA's Center for Drug Evaluation and Research, or with Taiwan's CDE.",
      zh: '药审中心负责药物临床试验申请、新药和生物制品上市申请、仿制药申请及补充申请的技术审评，并发布技术指导原则以及拟优先审评、拟突破性治疗品种的公示。审评结论报国家药监局，由其作出审批决定。原料药、药用辅料和药包材的登记平台也设在药审中心，与制剂关联审评。注意不要与FDA的药品审评与研究中心（CDER）或台湾的医药品查验中心混淆。',
    },
    differences: [
      {
        term: 'nmpa',
        en: 'CDE does the technical review; NMPA, its parent agency, makes the formal approval decision.',
        zh: '药审中心负责技术审评；其上级机构国家药监局作出正式审批决定。',
      },
      {
        term: 'fda',
        en: "FDA's drug review centre is CDER (Center for Drug Evaluation and Research), a different body from China's CDE.",
        zh: 'FDA的药品审评机构是CDER（药品审评与研究中心），与中国的CDE是不同机构。',
      },
    ],
    related: ['nmpa', 'ind', 'priority-review', 'breakthrough-therapy', 'dmf'],
    references: ['药品注册管理办法'],
    cues: {
      en: [
        'china',
        'chinese',
        'nmpa',
        'accepted',
        'acceptance',
        'review',
        'priority review',
        'clinical trial application',
        'guideline',
      ],
      zh: ['受理', '审评', '公示', '国家药监局', '临床试验', '上市申请', '指导原则', '承办'],
    },
    otherSenses: [
      {
        id: 'center_for_drug_evaluation_taiwan',
        expansion: { en: 'Center for Drug Evaluation, Taiwan', zh: '医药品查验中心（台湾）' },
        short: {
          en: "Taiwan's drug review body, which assesses applications on behalf of the Taiwan FDA; it shares the name and acronym with China's CDE.",
          zh: '台湾地区的药品审查机构，受台湾食药署委托审查申请，与中国药审中心同名同缩写。',
        },
        cues: {
          en: ['taiwan', 'taiwanese', 'tfda', 'taiwan fda', 'taipei', 'ministry of health and welfare'],
          zh: ['台湾', '臺灣', '食药署', '食藥署', '卫福部', '衛福部', '查验中心', '查驗中心'],
        },
      },
    ],
  },
  {
    id: 'pmda',
    category: 'regulatory',
    name: { en: 'PMDA', zh: 'PMDA' },
    expansion: { en: 'Pharmaceuticals and Medical Devices Agency', zh: '日本医药品医疗器械综合机构' },
    forms: {
      en: ['PMDA', 'Pharmaceuticals and Medical Devices Agency'],
      zh: ['医药品医疗器械综合机构', '日本药品医疗器械管理局', '日本药品和医疗器械管理局'],
    },
    short: {
      en: "Japan's agency that reviews drug and device applications, inspects manufacturers and monitors safety. The Ministry of Health, Labour and Welfare (MHLW) grants the approval on its recommendation.",
      zh: '日本负责药品和医疗器械审评、生产检查及安全监测的机构，审评后由厚生劳动省（MHLW）作出批准。',
    },
    details: {
      en: 'PMDA was set up in 2004 and works under MHLW. It offers scientific consultations during development, reviews applications in CTD format, inspects manufacturing sites against GMP and runs post-marketing safety monitoring and an adverse-reaction relief system. Japan has long had a "drug lag" behind the US and EU, and approval there may need Japanese patient data, so PMDA strategy is often part of licensing deals that cover Japan.',
      zh: 'PMDA成立于2004年，隶属厚生劳动省。它在研发阶段提供科学咨询，审评按CTD格式提交的申请，开展GMP检查，并负责上市后安全监测和药品不良反应救济。日本长期存在相对欧美的“药物滞后”，在日本获批可能需要日本患者数据，因此涉及日本权益的授权交易常要考虑PMDA申报策略。',
    },
    differences: [
      {
        term: 'fda',
        en: 'FDA both reviews and approves; in Japan PMDA reviews and MHLW formally approves.',
        zh: 'FDA审评与审批一体；在日本由PMDA审评、厚生劳动省正式批准。',
      },
    ],
    related: ['fda', 'ema', 'nmpa', 'ich', 'ctd'],
    references: ['Pharmaceuticals and Medical Devices Act (Japan)'],
    cues: {
      en: ['japan', 'japanese', 'mhlw', 'approval', 'review', 'consultation', 'tokyo'],
      zh: ['日本', '厚生劳动省', '获批', '审评', '咨询', '上市'],
    },
  },
  {
    id: 'mhra',
    category: 'regulatory',
    name: { en: 'MHRA', zh: 'MHRA' },
    expansion: { en: 'Medicines and Healthcare products Regulatory Agency', zh: '英国药品和医疗保健产品监管局' },
    forms: {
      en: ['MHRA', 'Medicines and Healthcare products Regulatory Agency'],
      zh: ['英国药品和医疗保健产品监管局', '英国药品和保健品管理局', '英国药品与保健品管理局', '英国药监局'],
    },
    short: {
      en: 'The UK regulator for medicines, medical devices and blood components. Since Brexit it authorises medicines for the UK on its own and offers routes that rely on approvals by other regulators.',
      zh: '英国负责药品、医疗器械和血液成分监管的机构。脱欧后独立审批英国市场的药品，并设有可参考其他监管机构批准结果的审批途径。',
    },
    details: {
      en: 'MHRA was formed in 2003 and is an executive agency of the UK Department of Health and Social Care. Since the UK left the EU, EMA-coordinated centralised approvals no longer cover Great Britain, so companies file with MHRA; its International Recognition Procedure can lean on approvals from reference regulators such as FDA and EMA. It also inspects GMP and GCP compliance and runs the Yellow Card scheme for reporting suspected side effects.',
      zh: 'MHRA成立于2003年，是英国卫生和社会保障部下属的执行机构。英国脱欧后，欧盟集中审批不再覆盖英国本土，企业须向MHRA单独申报；其“国际认可程序”可参考FDA、EMA等参照监管机构的批准结果加快审批。MHRA还开展GMP和GCP检查，并运营用于报告可疑不良反应的“黄卡”制度。',
    },
    differences: [
      {
        term: 'ema',
        en: 'EMA coordinates EU-wide assessments; MHRA is the separate UK regulator since Brexit.',
        zh: 'EMA协调欧盟范围的审评；MHRA是脱欧后独立的英国监管机构。',
      },
    ],
    related: ['ema', 'fda', 'maa', 'pharmacovigilance'],
    references: ['Human Medicines Regulations 2012'],
    cues: {
      en: ['uk', 'britain', 'british', 'brexit', 'approval', 'authorisation', 'yellow card', 'nhs'],
      zh: ['英国', '脱欧', '获批', '批准', '上市许可', '黄卡'],
    },
  },
  {
    id: 'ich',
    category: 'regulatory',
    name: { en: 'ICH', zh: 'ICH' },
    expansion: { en: 'International Council for Harmonisation', zh: '国际人用药品注册技术协调会' },
    forms: {
      en: [
        'ICH',
        'International Council for Harmonisation',
        'International Council for Harmonization',
        'International Conference on Harmonisation',
        'International Conference on Harmonization',
      ],
      zh: ['国际人用药品注册技术协调会', '人用药品技术要求国际协调理事会'],
    },
    short: {
      en: 'The body where drug regulators and industry agree harmonised technical guidelines: Q (quality), S (safety), E (efficacy) and M (multidisciplinary), such as ICH Q7 or E6 GCP. China joined in 2017.',
      zh: '药品监管机构与制药行业共同制定统一技术指导原则的国际组织，指南分为质量（Q）、安全性（S）、有效性（E）和多学科（M）四类，如ICH Q7、E6 GCP。中国于2017年加入。',
    },
    details: {
      en: 'ICH was founded in 1990 by regulators and industry associations of the US, EU and Japan and was reorganised in 2015 as an association under Swiss law, when "International Conference on Harmonisation" became "International Council for Harmonisation". Member regulators adopt its guidelines, such as the CTD format (M4), GMP for APIs (Q7) and GCP (E6), into their own rules. China\'s regulator joined in 2017 and was elected to the ICH Management Committee in 2018, which helped Chinese clinical data and dossiers become acceptable abroad and vice versa.',
      zh: 'ICH于1990年由美国、欧盟和日本的监管机构及行业协会发起成立，2015年改组为依瑞士法律设立的协会，英文名称由“Conference”改为“Council”。各成员监管机构将其指导原则（如CTD格式M4、原料药GMP Q7、GCP E6）转化为本地区法规。中国药监部门于2017年加入ICH，2018年当选管理委员会成员，推动了中国与海外临床数据和申报资料的相互接受。',
    },
    differences: [
      {
        term: 'who-pq',
        en: 'ICH writes technical guidelines that regulators adopt; WHO PQ assesses individual products for procurement by UN agencies.',
        zh: 'ICH制定供监管机构采用的技术指导原则；WHO预认证则评估具体产品，供联合国机构采购使用。',
      },
    ],
    related: ['ctd', 'gmp', 'gcp', 'nmpa', 'fda', 'ema'],
    references: ['ICH Q7', 'ICH E6(R3)', 'ICH M4'],
    cues: {
      en: ['guideline', 'guidelines', 'harmonised', 'harmonized', 'regulators', 'q7', 'e6', 'm4', 'member', 'adopted'],
      zh: ['指导原则', '指南', '成员', '协调', '接轨', '监管机构', '国际'],
    },
    formNotes: [
      {
        form: 'International Conference on Harmonisation',
        en: 'Former name, until 2015.',
        zh: '2015年之前的英文名称。',
      },
      {
        form: 'International Conference on Harmonization',
        en: 'Former name, until 2015.',
        zh: '2015年之前的英文名称。',
      },
    ],
    otherSenses: [
      {
        id: 'intracerebral_hemorrhage',
        expansion: { en: 'Intracerebral Hemorrhage', zh: '脑出血' },
        short: {
          en: 'Bleeding into the brain tissue, a severe type of stroke; also a disease area for drugs and trials.',
          zh: '血液流入脑组织的出血，一种严重的卒中类型，也是药物研发和临床试验的疾病领域。',
        },
        cues: {
          en: [
            'stroke',
            'hemorrhage',
            'haemorrhage',
            'bleeding',
            'brain',
            'hematoma',
            'anticoagulant',
            'reversal',
            'neurosurgery',
            'blood pressure',
          ],
          zh: ['脑出血', '颅内出血', '脑溢血', '卒中', '血肿', '出血', '抗凝'],
        },
      },
    ],
  },
  {
    id: 'who-pq',
    category: 'regulatory',
    name: { en: 'WHO PQ', zh: 'WHO预认证' },
    expansion: { en: 'WHO Prequalification', zh: '世界卫生组织预认证' },
    forms: {
      en: ['WHO PQ', 'WHO Prequalification', 'WHO prequalification', 'WHO prequalified'],
      zh: ['世界卫生组织预认证', '世卫组织预认证', '预认证'],
    },
    short: {
      en: "WHO's programme that assesses medicines, vaccines and diagnostics and their makers against international quality standards. Prequalified products can be bought by UN agencies and global health funders.",
      zh: '世界卫生组织按国际质量标准评估药品、疫苗、诊断产品及其生产企业的项目。通过预认证的产品可进入联合国机构和全球卫生基金的采购。',
    },
    details: {
      en: 'WHO PQ reviews dossiers and inspects manufacturing and testing sites, with a focus on products for HIV, tuberculosis, malaria and reproductive health, and on vaccines. Prequalification is effectively the entry ticket to tenders of UNICEF, the Global Fund, Gavi and similar buyers, so it matters to Indian and Chinese generic and vaccine makers seeking export markets. It is a quality assessment, not a marketing authorisation: products still need registration in each country. The related Emergency Use Listing (EUL) was used for COVID-19 vaccines, including those of Sinopharm and Sinovac in 2021.',
      zh: 'WHO预认证审查申报资料并检查生产和检验场地，重点是艾滋病、结核病、疟疾、生殖健康相关产品以及疫苗。通过预认证几乎是参与联合国儿童基金会、全球基金、Gavi等采购招标的门槛，因此对寻求出口的印度和中国仿制药及疫苗企业意义重大。它是质量评估而非上市许可，产品在各国使用仍需当地注册。相关的紧急使用清单（EUL）曾用于新冠疫苗，国药和科兴疫苗于2021年列入。',
    },
    differences: [
      {
        term: 'eua',
        en: 'An EUA is a US national emergency authorisation; WHO PQ is an international quality assessment used for procurement.',
        zh: 'EUA是美国国家层面的紧急授权；WHO预认证是用于国际采购的质量评估。',
      },
    ],
    related: ['vaccine', 'generic-drug', 'gmp', 'ich'],
    cues: {
      en: [
        'unicef',
        'global fund',
        'gavi',
        'tender',
        'procurement',
        'vaccine',
        'malaria',
        'tuberculosis',
        'hiv',
        'low- and middle-income',
      ],
      zh: ['世卫', '世界卫生组织', '采购', '招标', '疫苗', '出口', '联合国', '疟疾'],
    },
  },

  // ───────────────────────────── Applications ─────────────────────────────
  {
    id: 'ind',
    category: 'regulatory',
    name: { en: 'IND', zh: 'IND' },
    expansion: { en: 'Investigational New Drug Application', zh: '新药临床试验申请' },
    forms: {
      en: ['IND', 'Investigational New Drug Application', 'Investigational New Drug', 'IND application'],
      zh: ['新药临床试验申请', '药物临床试验申请', '临床试验申请', '研究性新药申请'],
    },
    short: {
      en: 'The application a sponsor files with FDA to start clinical trials of an unapproved drug in the US. In China the counterpart is the clinical trial application (临床试验申请), which Chinese media also call IND.',
      zh: '申办者向FDA提交、申请在美国开展未上市药物临床试验的申请。中国的对应程序是药物临床试验申请，业内也常称IND。',
    },
    details: {
      en: 'A US IND contains preclinical pharmacology and toxicology data, CMC information and the clinical protocol; unless FDA imposes a clinical hold within 30 days, the trial may begin. Since 2018 China has used implied approval (默示许可): if CDE raises no objection or questions within 60 working days of accepting the application, the trial can start. IND clearance is often the first public milestone for a biotech asset and can trigger milestone payments in licensing deals. The EU counterpart is the clinical trial application (CTA).',
      zh: '美国IND需提交药理毒理等非临床数据、CMC资料和临床试验方案；FDA在30天内未实施临床暂停（clinical hold）的，即可开展试验。中国自2018年起实行默示许可：药物临床试验申请受理后60个工作日内，药审中心未提出否定或质疑意见的，申请人即可按方案开展试验。IND获批往往是生物技术公司管线资产的首个公开里程碑，也可能触发授权交易的里程碑付款。欧盟的对应程序是临床试验申请（CTA）。',
    },
    differences: [
      {
        term: 'nda',
        en: 'An IND asks permission to test a drug in humans; an NDA asks permission to market it.',
        zh: 'IND申请的是在人体中开展试验；NDA申请的是上市销售。',
      },
      {
        term: 'ind-enabling-studies',
        en: 'IND-enabling studies are the preclinical package; the IND is the application built on them.',
        zh: 'IND申报前研究是非临床研究包；IND则是以此为基础提交的申请。',
      },
    ],
    related: ['ind-enabling-studies', 'phase-1', 'cmc', 'nda', 'bla', 'cde', 'fda'],
    references: ['21 CFR 312', '药品注册管理办法'],
    cues: {
      en: [
        'fda',
        'clearance',
        'cleared',
        'filing',
        'clinical',
        'trial',
        'phase',
        'clinical hold',
        'first patient',
        'dosing',
        'cde',
      ],
      zh: ['临床', '申请', '获批', '默示许可', '受理', '临床试验', '药审中心', '首例', '一期'],
    },
    otherSenses: [
      {
        id: 'india',
        expansion: { en: 'India', zh: '印度' },
        short: {
          en: 'Three-letter code for India, common in sports scores and country tables.',
          zh: '印度的三字母代码，常见于体育比分和国家列表。',
        },
        cues: {
          en: [
            'rupee',
            'mumbai',
            'delhi',
            'cricket',
            'team',
            'vs',
            'match',
            'odi',
            't20',
            'squad',
            'innings',
            'wickets',
            'asian games',
            'medal',
            'overs',
            'captain',
            'pakistan',
          ],
          zh: ['印度', '卢比', '孟买', '新德里', '板球', '比赛', '球队', '对阵', '补赛'],
        },
      },
      {
        id: 'indiana',
        expansion: { en: 'Indiana', zh: '印第安纳州' },
        short: {
          en: 'Abbreviation of the US state of Indiana.',
          zh: '美国印第安纳州的缩写。',
        },
        cues: {
          en: [
            'indianapolis',
            'state',
            'county',
            'governor',
            'legislature',
            'hoosier',
            'purdue',
            'bloomington',
            'marion county',
            'chicago',
            'thunderstorms',
            'weather',
          ],
          zh: ['印第安纳', '印第安纳州', '印第安纳波利斯', '州长', '州议会', '普渡'],
        },
      },
    ],
  },
  {
    id: 'nda',
    category: 'regulatory',
    name: { en: 'NDA', zh: 'NDA' },
    expansion: { en: 'New Drug Application', zh: '新药上市申请' },
    forms: {
      en: ['NDA', 'New Drug Application', 'sNDA', 'supplemental New Drug Application'],
      zh: ['新药上市申请', '补充新药申请'],
    },
    short: {
      en: 'The application to FDA for approval to market a new drug, typically a small molecule, in the US. Chinese media also use NDA for a new drug marketing application filed with NMPA.',
      zh: '向FDA申请在美国上市新药（通常为小分子药物）的申请。中文报道中，向国家药监局提交的新药上市申请也常称NDA。',
    },
    details: {
      en: 'An NDA under section 505(b) of the FD&C Act contains the full nonclinical, clinical and CMC data in CTD format and is reviewed by CDER. FDA decides within 60 days whether to file it, then sets a PDUFA goal date: for a new molecular entity, ten months after filing for standard review or six months for priority review. Later changes such as new indications or formulations are submitted as supplemental NDAs (sNDAs). Antibodies and other biologics use a BLA instead.',
      zh: 'NDA依据《联邦食品、药品和化妆品法》第505(b)条提交，包含CTD格式的完整非临床、临床和CMC资料，由CDER审评。FDA在60天内决定是否受理（filing），随后设定PDUFA目标日期：新分子实体标准审评为受理后10个月，优先审评为6个月。获批后新增适应症或剂型等变更以补充申请（sNDA）提交。抗体等生物制品则走BLA途径。',
    },
    differences: [
      {
        term: 'ind',
        en: 'An NDA seeks marketing approval after trials; an IND seeks permission to start them.',
        zh: 'NDA是在完成试验后申请上市；IND是申请开始临床试验。',
      },
      {
        term: 'bla',
        en: 'NDAs cover chemically synthesised drugs under the FD&C Act; BLAs cover biologics under the Public Health Service Act.',
        zh: 'NDA依据《联邦食品、药品和化妆品法》用于化学合成药物；BLA依据《公共卫生服务法》用于生物制品。',
      },
      {
        term: 'anda',
        en: 'An NDA carries full safety and efficacy data for a new drug; an ANDA for a generic relies on the reference drug and shows bioequivalence.',
        zh: 'NDA需提供新药完整的安全性和有效性数据；仿制药的ANDA依托参比药品，主要证明生物等效。',
      },
    ],
    related: ['ind', 'bla', 'anda', '505b2', 'pdufa-date', 'ctd', 'priority-review'],
    references: ['21 CFR 314', 'FD&C Act section 505(b)'],
    cues: {
      en: [
        'fda',
        'submission',
        'submitted',
        'filed',
        'accepted',
        'approval',
        'pdufa',
        'priority review',
        'cder',
        'nmpa',
        'complete response',
        'review',
        'data package',
        '505(b)(2)',
        'target action date',
      ],
      zh: ['新药上市申请', '提交', '递交', '受理', '获批', '上市', '审评', '优先审评', '申报', '申报资料', '临床数据'],
    },
    otherSenses: [
      {
        id: 'non_disclosure_agreement',
        expansion: { en: 'Non-Disclosure Agreement', zh: '保密协议' },
        short: {
          en: 'A contract in which parties agree to keep shared information confidential.',
          zh: '双方约定对所交换信息保密的合同。',
        },
        cues: {
          en: [
            'signed',
            'confidential',
            'employee',
            'sign',
            'agreement',
            'confidentiality',
            'non-disclosure',
            'contract',
            'leak',
            'secrecy',
            'investor',
            'investors',
            'mutual',
            'template',
            'confidential information',
            'lawyer',
            'legal',
            'party',
            'parties',
            'counterparty',
          ],
          zh: ['保密协议', '签署', '签订', '保密', '员工', '泄密', '合同', '签', '律师', '法务', '保密义务', '竞业'],
        },
      },
    ],
  },
  {
    id: 'bla',
    category: 'regulatory',
    name: { en: 'BLA', zh: 'BLA' },
    expansion: { en: 'Biologics License Application', zh: '生物制品许可申请' },
    forms: {
      en: ['BLA', 'Biologics License Application', 'Biologics Licence Application', 'sBLA'],
      zh: ['生物制品许可申请', '生物制品上市许可申请'],
    },
    short: {
      en: 'The application to FDA for a licence to market a biological product, such as an antibody, vaccine, blood product or cell or gene therapy, under the Public Health Service Act.',
      zh: '依据美国《公共卫生服务法》向FDA申请生物制品（如抗体、疫苗、血液制品、细胞和基因治疗产品）上市许可的申请。',
    },
    details: {
      en: 'BLAs are filed under section 351 of the Public Health Service Act: 351(a) for new biologics and 351(k) for biosimilars. Most therapeutic proteins and monoclonal antibodies are reviewed by CDER, while vaccines, blood products and cell and gene therapies go to CBER. Because the manufacturing process defines a biologic, facility inspection is central to the review. Supplements (sBLAs) add indications; Chinese media also call biologic marketing applications filed with NMPA "BLA".',
      zh: 'BLA依据《公共卫生服务法》第351条提交：351(a)用于创新生物制品，351(k)用于生物类似药。多数治疗性蛋白和单克隆抗体由CDER审评，疫苗、血液制品及细胞和基因治疗产品由CBER审评。由于生物制品的质量取决于生产工艺，生产设施检查是审评的核心环节。新增适应症以补充申请（sBLA）提交；中文报道中向国家药监局提交的生物制品上市申请也常称BLA。',
    },
    differences: [
      {
        term: 'nda',
        en: 'A BLA licenses a biologic under the Public Health Service Act; an NDA approves a chemical drug under the FD&C Act.',
        zh: 'BLA依据《公共卫生服务法》许可生物制品；NDA依据《联邦食品、药品和化妆品法》批准化学药。',
      },
      {
        term: 'biosimilar',
        en: 'A biosimilar is approved through an abbreviated 351(k) BLA rather than a full 351(a) BLA.',
        zh: '生物类似药通过简化的351(k) BLA获批，而非完整的351(a) BLA。',
      },
    ],
    related: ['nda', 'biologics', 'biosimilar', 'mab', 'cgt', 'pdufa-date', 'fda'],
    references: ['Public Health Service Act section 351', '21 CFR 601'],
    cues: {
      en: [
        'fda',
        'submission',
        'filed',
        'accepted',
        'approval',
        'pdufa',
        'biologic',
        'antibody',
        'cber',
        'cder',
        'priority review',
      ],
      zh: ['提交', '受理', '获批', '上市', '生物制品', '抗体', '审评', '优先审评'],
    },
  },
  {
    id: 'anda',
    category: 'regulatory',
    name: { en: 'ANDA', zh: 'ANDA' },
    expansion: { en: 'Abbreviated New Drug Application', zh: '简略新药申请' },
    forms: {
      en: ['ANDA', 'Abbreviated New Drug Application'],
      zh: ['简略新药申请', '简化新药申请'],
    },
    short: {
      en: "The US application for approval of a generic drug. It relies on FDA's earlier finding that the reference drug is safe and effective, so the applicant mainly shows sameness and bioequivalence.",
      zh: '美国仿制药的上市申请。它依托FDA对参比药品安全有效性的既有结论，申请人主要证明与参比药品一致并具有生物等效性。',
    },
    details: {
      en: "ANDAs were created by the Hatch-Waxman Act of 1984 (section 505(j) of the FD&C Act) and are reviewed by FDA's Office of Generic Drugs. The generic must match the reference listed drug in active ingredient, strength, dosage form and route and be bioequivalent, and the applicant must certify against the reference drug's listed patents; the first filer of a successful Paragraph IV patent challenge can earn 180 days of generic exclusivity. ANDA approval counts are a key measure of the US business of Indian and Chinese generic makers.",
      zh: 'ANDA由1984年的Hatch-Waxman法案设立（《联邦食品、药品和化妆品法》第505(j)条），由FDA仿制药办公室审评。仿制药须在活性成分、规格、剂型和给药途径上与参比药品一致并生物等效，申请人还须就参比药品登记的专利作出声明；首个提交第IV段专利挑战并成功的申请人可获180天仿制药独占期。ANDA获批数量是衡量印度和中国仿制药企业美国业务的重要指标。',
    },
    differences: [
      {
        term: 'nda',
        en: 'An ANDA relies on the reference drug and proves bioequivalence; an NDA must prove safety and efficacy with its own full data.',
        zh: 'ANDA依托参比药品并证明生物等效；NDA须以自身完整数据证明安全性和有效性。',
      },
      {
        term: '505b2',
        en: 'An ANDA product is a copy of the reference drug; a 505(b)(2) product differs from it and needs bridging data.',
        zh: 'ANDA产品是参比药品的仿制品；505(b)(2)产品与参比药品存在差异，需要桥接数据。',
      },
    ],
    related: ['generic-drug', 'be-study', 'dmf', 'nda', '505b2', 'loe', 'patent-cliff'],
    references: ['FD&C Act section 505(j)', '21 CFR 314', 'Hatch-Waxman Act'],
    cues: {
      en: [
        'generic',
        'fda',
        'approval',
        'bioequivalence',
        'reference listed drug',
        'paragraph iv',
        'exclusivity',
        'tentative approval',
        'launch',
      ],
      zh: ['仿制药', '获批', '美国', '生物等效', '参比制剂', '首仿', '专利挑战', '暂时批准'],
    },
  },
  {
    id: 'maa',
    category: 'regulatory',
    name: { en: 'MAA', zh: 'MAA' },
    expansion: { en: 'Marketing Authorisation Application', zh: '上市许可申请' },
    forms: {
      en: ['MAA', 'Marketing Authorisation Application', 'Marketing Authorization Application'],
      zh: ['欧盟上市许可申请', '欧洲上市许可申请'],
    },
    short: {
      en: 'The application to market a medicine in the EU (or UK). Through the centralised procedure run by EMA, one MAA leads to a European Commission authorisation valid in all EU and EEA countries.',
      zh: '在欧盟（或英国）上市药品的申请。经EMA集中审评程序，一份MAA获批即可取得在欧盟及欧洲经济区各国有效的欧盟委员会上市许可。',
    },
    details: {
      en: "A centralised MAA is assessed by EMA's CHMP over a standard 210 active days, not counting clock stops while the applicant answers questions; the European Commission then issues the binding decision. Medicines outside the mandatory centralised scope can instead use national, decentralised or mutual recognition procedures. Accelerated assessment can cut the timetable to 150 days for medicines of major public-health interest. Chinese uses the same term, 上市许可申请, for domestic marketing applications to NMPA.",
      zh: '集中程序的MAA由EMA的CHMP审评，标准时限为210个有效工作日（不含申请人答复问题的暂停计时），之后由欧盟委员会作出具有约束力的决定。不属于强制集中审评范围的药品也可走成员国、分散或互认程序。对具有重大公共卫生意义的药品，加速评估可将时限缩短至150天。中文里“上市许可申请”一词也用于向国家药监局提交的国内上市申请。',
    },
    differences: [
      {
        term: 'nda',
        en: 'The MAA is the EU counterpart of the US NDA and BLA and covers both chemical drugs and biologics.',
        zh: 'MAA是欧盟对应美国NDA和BLA的申请，同时适用于化学药和生物制品。',
      },
    ],
    related: ['ema', 'nda', 'bla', 'ctd', 'mhra'],
    references: ['Regulation (EC) No 726/2004', 'Directive 2001/83/EC'],
    cues: {
      en: ['ema', 'chmp', 'european commission', 'eu', 'europe', 'validated', 'submission', 'centralised', 'opinion'],
      zh: ['欧盟', '欧洲', '提交', '受理', '人用药品委员会', '积极意见', '上市许可'],
    },
  },
  {
    id: '505b2',
    category: 'regulatory',
    name: { en: '505(b)(2)', zh: '505(b)(2)' },
    forms: {
      en: ['505(b)(2)', '505(b)(2) pathway'],
      zh: ['505(b)(2)途径'],
    },
    short: {
      en: "A US NDA route that lets an applicant rely partly on data it did not generate, such as published studies or FDA's findings for an approved drug; typical for new formulations, routes, doses or combinations.",
      zh: '美国NDA的一种途径，申请人可部分依赖非自有数据（如公开文献或FDA对已上市药品的结论），常用于新剂型、新给药途径、新剂量或复方。',
    },
    details: {
      en: 'Named after the section of the FD&C Act, the 505(b)(2) route sits between a full 505(b)(1) NDA and a 505(j) ANDA: the applicant bridges to a listed drug and supplies its own studies only for what differs. It is used for modified-release versions, new salts or dosage forms and repurposed drugs, and can earn three years of exclusivity when new clinical studies were essential to approval. Applicants must make patent certifications as generic filers do. The closest Chinese analogue is the improved new drug category (改良型新药).',
      zh: '505(b)(2)得名于《联邦食品、药品和化妆品法》的相应条款，介于完整的505(b)(1) NDA与505(j) ANDA之间：申请人以已上市药品为桥接基础，仅就差异部分提供自有研究数据。该途径常用于缓控释制剂、新盐型或新剂型及老药新用；若新的临床研究对获批必不可少，可获得3年独占期。申请人同样须作出专利声明。中国最接近的类别是改良型新药。',
    },
    differences: [
      {
        term: 'anda',
        en: 'A 505(b)(2) product differs from the listed drug and is filed as an NDA; an ANDA product is a generic copy.',
        zh: '505(b)(2)产品与参比药品存在差异，按NDA申报；ANDA产品则是仿制品。',
      },
      {
        term: 'nda',
        en: "A standard 505(b)(1) NDA rests on the applicant's own full data; a 505(b)(2) NDA borrows part of the evidence.",
        zh: '标准的505(b)(1) NDA依靠申请人自有的完整数据；505(b)(2) NDA则借用部分已有证据。',
      },
    ],
    related: ['nda', 'anda', 'formulation', 'market-exclusivity'],
    references: ['FD&C Act section 505(b)(2)', '21 CFR 314.54'],
    cues: {
      en: [
        'formulation',
        'reformulation',
        'listed drug',
        'exclusivity',
        'nda',
        'fda',
        'bridging',
        'extended-release',
        'new dosage form',
      ],
      zh: ['改良型新药', '新剂型', '美国', '申报', '桥接', '缓释', '获批'],
    },
  },
  {
    id: 'dmf',
    category: 'regulatory',
    name: { en: 'DMF', zh: 'DMF' },
    expansion: { en: 'Drug Master File', zh: '药物主文件' },
    forms: {
      en: ['DMF', 'Drug Master File'],
      zh: ['药物主文件', '药品主文件'],
    },
    short: {
      en: 'A confidential file a supplier, typically of an API, excipient or packaging, submits to FDA so that drug applicants can reference it without seeing the proprietary details. FDA reviews a DMF but never approves it.',
      zh: '供应商（多为原料药、辅料或包材企业）向FDA提交的保密资料，供制剂申请人引用而无需获知其专有细节。FDA会审评DMF，但不会批准DMF。',
    },
    details: {
      en: 'Under 21 CFR 314.420 the types are II (drug substances, intermediates and drug products), III (packaging), IV (excipients) and V (other reference information). A DMF is reviewed only when an IND, NDA or ANDA references it through a letter of authorization; a Type II DMF for a generic API must also pass a completeness assessment after the GDUFA fee is paid. Chinese and Indian API makers cite US DMFs as proof of export readiness. The EU counterpart is the Active Substance Master File (ASMF); China registers APIs on the CDE platform for associated review (关联审评).',
      zh: '依据21 CFR 314.420，DMF分为II型（原料药、中间体及制剂）、III型（包材）、IV型（辅料）和V型（其他参考信息）。只有当IND、NDA或ANDA通过授权信（LOA）引用时，FDA才会审评该DMF；仿制药所用原料药的II型DMF还须在缴纳GDUFA费用后通过完整性评估。中国和印度原料药企业常以美国DMF备案作为出口能力的标志。欧盟的对应文件是活性物质主文件（ASMF），中国则在药审中心平台进行原料药登记并与制剂关联审评。',
    },
    differences: [
      {
        term: 'cep',
        en: 'A DMF is a confidential file reviewed only with a linked application; a CEP is a certificate issued by EDQM that any applicant can cite.',
        zh: 'DMF是仅随关联申请审评的保密资料；CEP是EDQM颁发、任何申请人均可引用的证书。',
      },
      {
        term: 'api',
        en: 'The API is the substance itself; the Type II DMF is the file that documents how it is made and controlled.',
        zh: '原料药是物质本身；II型DMF是记录其生产和质量控制的资料。',
      },
    ],
    related: ['api', 'cep', 'anda', 'cmc', 'excipient', 'intermediate'],
    references: ['21 CFR 314.420', 'GDUFA'],
    cues: {
      en: [
        'api',
        'type ii',
        'fda',
        'filed',
        'filing',
        'letter of authorization',
        'completeness assessment',
        'active pharmaceutical ingredient',
        'supplier',
        'us market',
      ],
      zh: ['原料药', '备案', '美国', '递交', '出口', '关联审评', '登记', '辅料'],
    },
    otherSenses: [
      {
        id: 'dimethylformamide',
        expansion: { en: 'Dimethylformamide', zh: 'N,N-二甲基甲酰胺' },
        short: {
          en: 'A common polar organic solvent used in chemical and peptide synthesis, controlled as a residual solvent.',
          zh: '常用的极性有机溶剂，用于化学合成和多肽合成，在药品中作为残留溶剂受控。',
        },
        cues: {
          en: [
            'solvent',
            'solvents',
            'reaction',
            'residual solvent',
            'chemical',
            'polar',
            'toxicity',
            'dmac',
            'nmp',
            'reach',
            'tonnes',
          ],
          zh: ['溶剂', '二甲基甲酰胺', '残留溶剂', '化工', '反应', '有机溶剂', '吨'],
        },
      },
    ],
  },
  {
    id: 'cep',
    category: 'regulatory',
    name: { en: 'CEP', zh: 'CEP' },
    expansion: { en: 'Certificate of Suitability', zh: '欧洲药典适用性证书' },
    forms: {
      en: ['CEP', 'Certificate of Suitability'],
      zh: ['欧洲药典适用性证书', '欧洲药典适用性认证'],
    },
    short: {
      en: 'A certificate from EDQM confirming that an API or excipient from a named manufacturer is adequately controlled by the European Pharmacopoeia monograph. It replaces most of the API quality data in EU applications.',
      zh: '由欧洲药品质量管理局（EDQM）颁发，证明某生产商的原料药或辅料可由欧洲药典各论有效控制的证书。在欧盟申报中可替代大部分原料药质量资料。',
    },
    details: {
      en: "CEPs are issued by the European Directorate for the Quality of Medicines & HealthCare (EDQM) of the Council of Europe after assessing the manufacturer's dossier, and EDQM may inspect the site; a CEP can be suspended or withdrawn for GMP failures. Applicants for a marketing authorisation cite the CEP in Module 3 instead of submitting full API data. Many Chinese and Indian API makers hold CEPs, so a new certificate or a suspension is material news for them.",
      zh: 'CEP由欧洲委员会下属的欧洲药品质量管理局（EDQM）在审查生产商资料后颁发，EDQM也可对生产场地进行检查；如发现GMP问题，证书可被暂停或撤销。上市许可申请人可在CTD模块3中直接引用CEP，而无需提交完整的原料药资料。中国和印度的许多原料药企业持有CEP，新获证书或证书被暂停对它们都是重要消息。',
    },
    differences: [
      {
        term: 'dmf',
        en: 'A CEP is a certificate any applicant can cite in Europe; a US DMF is a confidential file that FDA reviews only with a linked application.',
        zh: 'CEP是在欧洲可被任何申请人引用的证书；美国DMF是仅随关联申请由FDA审评的保密资料。',
      },
    ],
    related: ['api', 'dmf', 'excipient', 'ctd', 'ema', 'gmp'],
    references: ['European Pharmacopoeia', 'Directive 2001/83/EC'],
    cues: {
      en: [
        'edqm',
        'european pharmacopoeia',
        'ph. eur.',
        'api',
        'monograph',
        'certificate',
        'granted',
        'suspended',
        'europe',
      ],
      zh: ['欧洲药典', '原料药', '证书', '获得', '欧洲', '出口', '暂停'],
    },
  },
  {
    id: 'ctd',
    category: 'regulatory',
    name: { en: 'CTD', zh: 'CTD' },
    expansion: { en: 'Common Technical Document', zh: '通用技术文档' },
    forms: {
      en: ['CTD', 'Common Technical Document'],
      zh: ['通用技术文档'],
    },
    short: {
      en: 'The ICH format that organises a registration dossier into five modules. FDA, EMA, PMDA, NMPA and other regulators accept it, so one set of data can be reused across regions.',
      zh: 'ICH制定的注册申报资料格式，将资料分为五个模块。FDA、EMA、PMDA、国家药监局等均接受该格式，同一套资料可在多地区重复使用。',
    },
    details: {
      en: 'Defined in ICH M4, the CTD has Module 1 (regional administrative information, not harmonised), Module 2 (summaries and overviews), Module 3 (quality, i.e. CMC), Module 4 (nonclinical study reports) and Module 5 (clinical study reports). It became the standard dossier format in the US, EU and Japan in the early 2000s. China moved to CTD-format submissions after joining ICH, making parallel filings with NMPA and overseas regulators easier. Today it is usually submitted electronically as an eCTD.',
      zh: 'CTD由ICH M4规定，分为模块1（各地区行政信息，不统一）、模块2（综述和总结）、模块3（质量，即CMC）、模块4（非临床研究报告）和模块5（临床研究报告）。21世纪初它成为美国、欧盟和日本的标准申报格式。中国加入ICH后逐步改用CTD格式申报，便于同时向国家药监局和境外监管机构递交。如今CTD通常以电子形式（eCTD）提交。',
    },
    differences: [
      {
        term: 'ectd',
        en: 'The CTD defines what goes into the dossier and how it is organised; eCTD is the electronic format for submitting it.',
        zh: 'CTD规定申报资料的内容和结构；eCTD是提交这些资料的电子格式。',
      },
    ],
    related: ['ectd', 'ich', 'cmc', 'nda', 'maa', 'dmf'],
    references: ['ICH M4'],
    cues: {
      en: ['module', 'dossier', 'submission', 'format', 'ich', 'regulatory filing', 'module 3', 'registration'],
      zh: ['模块', '申报资料', '申报', '格式', '注册', '递交'],
    },
  },
  {
    id: 'ectd',
    category: 'regulatory',
    name: { en: 'eCTD', zh: 'eCTD' },
    expansion: { en: 'Electronic Common Technical Document', zh: '电子通用技术文档' },
    forms: {
      en: ['eCTD', 'Electronic Common Technical Document'],
      zh: ['电子通用技术文档'],
    },
    short: {
      en: "The electronic format for submitting a CTD dossier: documents in a set folder structure with an XML backbone that tracks every submission over a product's lifecycle.",
      zh: '以电子方式提交CTD资料的格式：文件按规定目录结构存放，并由XML骨架记录产品整个生命周期内的每次递交。',
    },
    details: {
      en: 'eCTD is specified through ICH, with version 4.0 covered by ICH M8. FDA requires it for NDAs, BLAs, ANDAs, commercial INDs and master files, and it is mandatory in EU centralised procedures. Each submission is a numbered sequence that adds, replaces or deletes documents, so reviewers see the full history of the dossier. NMPA has been introducing eCTD for drug applications, and eCTD publishing is a common outsourced regulatory service.',
      zh: 'eCTD规范由ICH制定，4.0版由ICH M8涵盖。FDA要求NDA、BLA、ANDA、商业性IND和主文件均以eCTD提交，欧盟集中程序也强制使用。每次递交是一个带编号的序列，可新增、替换或删除文件，审评人员可看到资料的完整历史。国家药监局正在推行药品注册eCTD申报，eCTD资料制作与发布也是常见的注册外包服务。',
    },
    differences: [
      {
        term: 'ctd',
        en: 'eCTD is the electronic submission format; the CTD is the underlying content structure, which can also be filed on paper.',
        zh: 'eCTD是电子提交格式；CTD是其背后的内容结构，也可以纸质形式提交。',
      },
    ],
    related: ['ctd', 'ich', 'nda', 'maa'],
    references: ['ICH M8', 'ICH M4'],
    cues: {
      en: [
        'electronic submission',
        'sequence',
        'xml',
        'backbone',
        'publishing',
        'validation',
        'dossier',
        'gateway',
        'lifecycle',
      ],
      zh: ['电子申报', '电子提交', '序列', '递交', '申报资料', '格式'],
    },
  },
  {
    id: 'cmc',
    category: 'regulatory',
    name: { en: 'CMC', zh: 'CMC' },
    expansion: { en: 'Chemistry, Manufacturing and Controls', zh: '化学、生产和控制' },
    forms: {
      en: ['CMC', 'Chemistry, Manufacturing and Controls', 'Chemistry, Manufacturing, and Controls'],
      zh: ['化学、生产和控制', '化学、制造和控制'],
    },
    short: {
      en: 'The part of development and of the dossier covering how the drug substance and product are made, characterised, controlled and kept stable; Module 3 of the CTD. CMC issues often delay approvals.',
      zh: '药物研发和申报资料中关于原料药与制剂如何生产、表征、控制和保持稳定的部分，即CTD模块3。CMC问题常导致审批延误。',
    },
    details: {
      en: 'CMC covers the synthesis or cell-culture process, formulation, specifications, analytical methods, impurity control, stability, packaging and manufacturing sites, and must keep pace with the clinical programme from IND to commercial launch. Regulators can delay or refuse an application on CMC grounds even when clinical data are strong, for example after a failed pre-approval inspection. In Chinese regulatory usage CMC is usually called 药学 or 药学研究, and CMC work is a core business of CDMOs.',
      zh: 'CMC涵盖合成或细胞培养工艺、处方、质量标准、分析方法、杂质控制、稳定性、包装和生产场地，需要从IND阶段到商业化上市与临床进度同步推进。即使临床数据良好，监管机构也可能因CMC问题（如批准前检查未通过）推迟或拒绝批准。国内注册语境中CMC通常称为“药学”或“药学研究”，CMC服务是CDMO的核心业务。',
    },
    differences: [
      {
        term: 'gmp',
        en: 'CMC is what is described and reviewed in the dossier; GMP is the set of rules for how the plant actually operates.',
        zh: 'CMC是申报资料中描述并接受审评的内容；GMP是工厂实际运行所遵循的规范。',
      },
    ],
    related: ['ctd', 'cdmo', 'process-development', 'stability-study', 'pai', 'api', 'drug-product'],
    references: ['ICH M4Q', 'ICH Q6A', 'ICH Q8(R2)'],
    cues: {
      en: [
        'manufacturing',
        'process',
        'specifications',
        'stability',
        'analytical',
        'module 3',
        'regulatory',
        'drug substance',
        'drug product',
        'complete response',
      ],
      zh: ['药学', '工艺', '质量标准', '稳定性', '申报', '原料药', '制剂', '分析方法'],
    },
    otherSenses: [
      {
        id: 'carboxymethyl_cellulose',
        expansion: { en: 'Carboxymethyl Cellulose', zh: '羧甲基纤维素' },
        short: {
          en: 'A cellulose derivative used as a thickener and binder in food, cosmetics and tablets.',
          zh: '一种纤维素衍生物，在食品、化妆品和片剂中用作增稠剂和黏合剂。',
        },
        cues: {
          en: ['sodium', 'cellulose', 'thickener', 'viscosity', 'food additive', 'binder', 'gum', 'e466'],
          zh: ['羧甲基纤维素', '羧甲基纤维素钠', '增稠剂', '黏度', '粘度', '食品添加剂', '纤维素'],
        },
      },
    ],
  },

  // ───────────────────────────── US review milestones and programmes ─────────────────────────────
  {
    id: 'pdufa-date',
    category: 'regulatory',
    name: { en: 'PDUFA date', zh: 'PDUFA日期' },
    forms: {
      en: ['PDUFA date', 'PDUFA goal date', 'PDUFA target action date', 'PDUFA action date'],
      zh: ['PDUFA日期', 'PDUFA目标日期'],
    },
    short: {
      en: 'The target date by which FDA aims to act on an NDA or BLA, set under the Prescription Drug User Fee Act. Investors treat it as the key catalyst for approval news.',
      zh: 'FDA依据《处方药使用者付费法案》（PDUFA）为NDA或BLA设定的目标审评完成日期，投资者视其为获批消息的关键催化剂。',
    },
    details: {
      en: 'Under PDUFA, first enacted in 1992 and renewed every five years, companies pay user fees and FDA commits to review goals: for new molecular entities, generally ten months from the 60-day filing date for standard review and six months for priority review. FDA can extend the goal by three months if the sponsor submits a major amendment, and it may act early. By the date FDA issues either an approval or a complete response letter, so biotech share prices often swing around it. NMPA publishes no comparable action date.',
      zh: 'PDUFA于1992年首次颁布，每五年重新授权一次：企业缴纳审评费用，FDA承诺审评时限，新分子实体标准审评一般为受理（60天）后10个月，优先审评为6个月。申请人提交重大修订时，FDA可将目标日期延长3个月，也可能提前作出决定。到期时FDA会签发批准或完全回应函（CRL），生物技术公司股价常因此大幅波动。国家药监局没有类似的公开目标日期。',
    },
    differences: [
      {
        term: 'priority-review',
        en: 'Priority review shortens the clock; the PDUFA date is the resulting deadline for FDA action.',
        zh: '优先审评缩短审评时钟；PDUFA日期是由此确定的FDA决定截止日。',
      },
    ],
    related: ['nda', 'bla', 'priority-review', 'fda'],
    references: ['Prescription Drug User Fee Act (PDUFA VII)'],
    cues: {
      en: ['fda', 'approval', 'decision', 'nda', 'bla', 'complete response letter', 'catalyst', 'extended', 'action'],
      zh: ['获批', '审评', '决定', '完全回应函', '催化剂', '延期', '美国'],
    },
  },
  {
    id: 'orphan-drug',
    category: 'regulatory',
    name: { en: 'Orphan drug', zh: '孤儿药' },
    forms: {
      en: ['orphan drug', 'orphan drug designation', 'orphan designation', 'orphan medicinal product'],
      zh: ['孤儿药', '罕见病用药', '罕见病药物', '孤儿药资格', '孤儿药认定'],
    },
    short: {
      en: 'A medicine for a rare disease. In the US, orphan designation (fewer than 200,000 patients) brings seven years of market exclusivity, tax credits and fee waivers; the EU grants ten years of exclusivity.',
      zh: '治疗罕见病的药物。在美国，获得孤儿药资格（患者少于20万人）可享有7年市场独占期、税收抵免和费用减免；欧盟给予10年市场独占期。',
    },
    details: {
      en: "The US Orphan Drug Act of 1983 created the designation, granted by FDA's Office of Orphan Products Development; the EU threshold is a prevalence of no more than 5 in 10,000, with designation recommended by EMA's COMP. Designation can be requested early in development and is separate from approval: exclusivity starts only when the drug is approved for the orphan indication. China has no comparable designation system; it publishes national rare disease lists (the first in 2018) and gives rare disease drugs priority review.",
      zh: '美国1983年《孤儿药法案》设立孤儿药资格认定，由FDA孤儿产品开发办公室授予；欧盟的标准为患病率不超过万分之五，由EMA孤儿药委员会（COMP）提出认定意见。孤儿药资格可在研发早期申请，与上市批准相互独立：只有产品就该孤儿适应症获批后，独占期才开始计算。中国尚无类似的资格认定制度，而是发布国家罕见病目录（首批于2018年发布），并对罕见病用药给予优先审评等支持。',
    },
    differences: [
      {
        term: 'market-exclusivity',
        en: 'Orphan exclusivity is one kind of market exclusivity, tied to the approved rare disease indication.',
        zh: '孤儿药独占期是市场独占期的一种，仅限于已获批的罕见病适应症。',
      },
      {
        term: 'breakthrough-therapy',
        en: 'Orphan status depends on how rare the disease is; breakthrough status depends on how much better the early clinical data look.',
        zh: '孤儿药资格取决于疾病的罕见程度；突破性治疗资格取决于早期临床数据的优势程度。',
      },
    ],
    related: ['market-exclusivity', 'priority-review', 'breakthrough-therapy', 'fda', 'ema'],
    references: ['Orphan Drug Act', 'Regulation (EC) No 141/2000', '第一批罕见病目录'],
    cues: {
      en: ['rare disease', 'designation', 'granted', 'fda', 'exclusivity', 'ema', 'comp', 'patients'],
      zh: ['罕见病', '资格', '认定', '授予', '独占期', '获得', '患者'],
    },
  },
  {
    id: 'breakthrough-therapy',
    category: 'regulatory',
    name: { en: 'Breakthrough Therapy', zh: '突破性治疗药物' },
    forms: {
      en: ['Breakthrough Therapy designation', 'breakthrough therapy status', 'BTD'],
      zh: ['突破性治疗药物', '突破性疗法认定', '突破性治疗认定', '突破性疗法资格'],
    },
    short: {
      en: 'An FDA designation for drugs for serious conditions whose early clinical data suggest substantial improvement over existing therapy. It brings intensive FDA guidance plus all Fast Track benefits; China has an equivalent (突破性治疗药物).',
      zh: 'FDA对治疗严重疾病、早期临床数据显示较现有疗法有显著改善的药物给予的认定，可获得FDA密集指导及快速通道的全部待遇。中国设有对应的突破性治疗药物程序。',
    },
    details: {
      en: 'Breakthrough Therapy designation was created by FDASIA in 2012. Unlike Fast Track it requires preliminary clinical evidence, and it gives intensive guidance on efficient development, involvement of senior FDA managers and eligibility for rolling review. China introduced its breakthrough therapy procedure in the 2020 Provisions for Drug Registration, with CDE publishing proposed designations for comment; the EU counterpart is PRIME. A designation signals regulatory interest but does not guarantee approval.',
      zh: '突破性治疗认定由2012年的FDASIA法案设立。与快速通道不同，它要求有初步临床证据，可获得高效研发方面的密集指导、FDA高层管理人员参与以及滚动审评资格。中国在2020年版《药品注册管理办法》中设立突破性治疗药物程序，药审中心会对拟纳入品种进行公示；欧盟的对应制度是PRIME。获得认定说明监管机构重视，但不代表一定获批。',
    },
    differences: [
      {
        term: 'fast-track',
        en: 'Breakthrough Therapy needs preliminary clinical evidence of substantial improvement; Fast Track can rest on nonclinical data and an unmet need.',
        zh: '突破性治疗认定需有显示显著改善的初步临床证据；快速通道可基于非临床数据和未满足的医疗需求。',
      },
      {
        term: 'priority-review',
        en: 'Breakthrough status speeds up development; priority review shortens the review of the finished application.',
        zh: '突破性治疗认定加速的是研发过程；优先审评缩短的是完整申请的审评时间。',
      },
    ],
    related: ['fast-track', 'priority-review', 'accelerated-approval', 'orphan-drug', 'cde'],
    references: ['FD&C Act section 506(a)', 'FDASIA', '药品注册管理办法'],
    cues: {
      en: [
        'designation',
        'granted',
        'fda',
        'receives',
        'serious',
        'substantial improvement',
        'clinical data',
        'cde',
        'nmpa',
      ],
      zh: ['认定', '纳入', '授予', '获得', '公示', '药审中心', '临床数据', '严重'],
    },
  },
  {
    id: 'priority-review',
    category: 'regulatory',
    name: { en: 'Priority review', zh: '优先审评' },
    forms: {
      en: ['priority review', 'Priority Review designation'],
      zh: ['优先审评', '优先审评审批'],
    },
    short: {
      en: "An FDA designation that sets a six-month review goal instead of the standard ten for drugs offering a significant improvement in a serious condition. China's 优先审评 similarly shortens NMPA review.",
      zh: 'FDA对在严重疾病治疗上有显著改善的药物给予的审评资格，审评目标时限由标准的10个月缩短为6个月。中国的优先审评同样缩短国家药监局的审评时间。',
    },
    details: {
      en: "FDA decides on priority review when it files an NDA or BLA; it shortens the clock but does not lower the evidence needed. A priority review voucher, awarded for certain rare paediatric disease, tropical disease or medical countermeasure approvals, can be used for a later product or sold to another company. China's priority review and approval procedure (优先审评审批) covers urgently needed, rare disease, paediatric, breakthrough and conditionally approvable drugs, with a 130-working-day review limit versus 200 for standard applications. The EU counterpart is accelerated assessment.",
      zh: 'FDA在受理NDA或BLA时决定是否给予优先审评；它缩短审评时钟，但不降低获批所需的证据标准。因某些罕见儿科疾病、热带病或医疗对抗措施药物获批而得到的优先审评券，可用于日后其他产品，也可出售给其他公司。中国的优先审评审批程序适用于临床急需、罕见病、儿童用药以及突破性治疗和附条件批准的药品等，审评时限为130个工作日（标准程序为200个工作日）。欧盟的对应制度是加速评估。',
    },
    differences: [
      {
        term: 'accelerated-approval',
        en: 'Priority review speeds up the review; accelerated approval changes the evidence basis by accepting a surrogate endpoint.',
        zh: '优先审评加快的是审评速度；加速批准改变的是证据基础，即接受替代终点。',
      },
      {
        term: 'breakthrough-therapy',
        en: 'Priority review applies to the submitted application; Breakthrough Therapy applies during development.',
        zh: '优先审评针对已提交的申请；突破性治疗认定作用于研发阶段。',
      },
    ],
    related: ['pdufa-date', 'breakthrough-therapy', 'accelerated-approval', 'fast-track', 'nda', 'bla'],
    references: ['PDUFA', '药品注册管理办法'],
    cues: {
      en: ['fda', 'granted', 'accepted', 'nda', 'bla', 'pdufa', 'six months', 'voucher', 'nmpa', 'cde'],
      zh: ['纳入', '受理', '获批', '药审中心', '公示', '审评', '上市申请'],
    },
  },
  {
    id: 'accelerated-approval',
    category: 'regulatory',
    name: { en: 'Accelerated approval', zh: '加速批准' },
    forms: {
      en: [
        'accelerated approval',
        'conditional approval',
        'conditional marketing authorisation',
        'conditional marketing authorization',
      ],
      zh: ['附条件批准', '附条件上市', '加速批准', '有条件上市许可'],
    },
    short: {
      en: "An FDA pathway approving drugs for serious conditions on a surrogate endpoint reasonably likely to predict clinical benefit, provided confirmatory trials later verify it. China's analogue is conditional approval (附条件批准).",
      zh: 'FDA基于很可能预测临床获益的替代终点批准治疗严重疾病药物的途径，前提是后续确证性试验证实获益。中国的对应制度是附条件批准。',
    },
    details: {
      en: 'Accelerated approval is widely used in oncology, often on response rates from single-arm trials. If confirmatory trials fail, FDA can withdraw the indication; the Food and Drug Omnibus Reform Act of 2022 (FDORA) let FDA require confirmatory trials to be under way at approval and sped up withdrawal. China\'s conditional approval (附条件批准), set out in the 2019 Drug Administration Law, and the EU\'s conditional marketing authorisation, renewed yearly, work similarly. In news, "conditional approval" usually means the Chinese or EU version.',
      zh: '加速批准在肿瘤领域应用广泛，常基于单臂试验的缓解率。确证性试验失败时，FDA可撤销该适应症；2022年的《食品药品综合改革法案》（FDORA）允许FDA要求在批准时确证性试验已经启动，并简化撤销程序。中国2019年修订的《药品管理法》确立的附条件批准，以及欧盟需每年续期的有条件上市许可，原理相似。报道中的“conditional approval”通常指中国或欧盟的制度。',
    },
    differences: [
      {
        term: 'priority-review',
        en: 'Accelerated approval lowers the evidence bar to a surrogate endpoint; priority review only shortens the review clock.',
        zh: '加速批准把证据要求放宽到替代终点；优先审评只缩短审评时钟。',
      },
      {
        term: 'eua',
        en: 'Accelerated approval is a full approval with conditions; an EUA is a temporary emergency authorisation, not an approval.',
        zh: '加速批准是附有条件的正式批准；EUA是临时性的紧急授权，并非批准。',
      },
    ],
    related: ['endpoint', 'phase-3', 'priority-review', 'breakthrough-therapy', 'eua'],
    references: [
      '21 CFR 314 Subpart H',
      '21 CFR 601 Subpart E',
      'FD&C Act section 506(c)',
      '药品管理法',
      '药品注册管理办法',
    ],
    cues: {
      en: [
        'surrogate endpoint',
        'confirmatory',
        'response rate',
        'single-arm',
        'fda',
        'granted',
        'withdrawn',
        'oncology',
        'nmpa',
        'continued approval',
      ],
      zh: ['确证性', '替代终点', '缓解率', '单臂', '获批', '撤销', '上市', '国家药监局'],
    },
  },
  {
    id: 'fast-track',
    category: 'regulatory',
    name: { en: 'Fast Track', zh: '快速通道' },
    forms: {
      en: ['Fast Track designation', 'Fast Track status'],
      zh: ['快速通道资格', '快速通道认定'],
    },
    short: {
      en: 'An FDA designation for drugs addressing an unmet need in a serious condition, which can rest on nonclinical or early clinical data. It brings more frequent FDA meetings and rolling submission of the application.',
      zh: 'FDA对针对严重疾病未满足医疗需求的药物给予的认定，可基于非临床或早期临床数据，带来与FDA更频繁的沟通和滚动提交申请的资格。',
    },
    details: {
      en: "Fast Track dates from the FDA Modernization Act of 1997. A sponsor can request it as early as the IND, and FDA responds within 60 days. Besides more frequent communication it allows rolling review, where completed sections of the NDA or BLA are submitted before the rest, and the product may later qualify for priority review or accelerated approval if it meets their criteria. It is one of the most frequently granted of FDA's expedited programmes and a routine press-release item.",
      zh: '快速通道源于1997年的《FDA现代化法案》。申办者最早可在提交IND时申请，FDA在60天内答复。除更频繁的沟通外，还允许滚动审评，即NDA或BLA中已完成的部分可先行提交；若符合条件，产品日后还可获得优先审评或加速批准。它是FDA授予最频繁的加速计划之一，也是生物技术公司新闻稿中的常见内容。',
    },
    differences: [
      {
        term: 'breakthrough-therapy',
        en: 'Fast Track can be granted on nonclinical data; Breakthrough Therapy needs preliminary clinical evidence and adds more intensive FDA support.',
        zh: '快速通道可基于非临床数据授予；突破性治疗认定需要初步临床证据，并提供更密集的FDA支持。',
      },
    ],
    related: ['breakthrough-therapy', 'priority-review', 'accelerated-approval', 'ind'],
    references: ['FD&C Act section 506(b)', 'FDA Modernization Act of 1997'],
    cues: {
      en: [
        'fda',
        'granted',
        'receives',
        'designation',
        'unmet medical need',
        'serious',
        'rolling review',
        'rolling submission',
      ],
      zh: ['授予', '获得', '认定', '未满足', '严重', '滚动提交', '美国'],
    },
  },
  {
    id: 'eua',
    category: 'regulatory',
    name: { en: 'EUA', zh: 'EUA' },
    expansion: { en: 'Emergency Use Authorization', zh: '紧急使用授权' },
    forms: {
      en: ['EUA', 'Emergency Use Authorization', 'Emergency Use Authorisation'],
      zh: ['紧急使用授权'],
    },
    short: {
      en: 'An FDA authorisation allowing an unapproved product, or an unapproved use, during a declared public-health emergency when it may be effective and its known benefits outweigh known risks.',
      zh: 'FDA在宣布的公共卫生紧急状态下，允许使用未获批产品或未获批用途的授权，前提是产品可能有效且已知获益大于已知风险。',
    },
    details: {
      en: "EUAs are issued under section 564 of the FD&C Act after the HHS Secretary declares that circumstances justify them, and they lapse when the declaration ends. The evidence standard is lower than for approval, which is why COVID-19 vaccines, antivirals and tests first reached the market under EUAs. An EUA is not a marketing approval and FDA can revise or revoke it. WHO's counterpart is the Emergency Use Listing (EUL); China used the emergency use provisions of its Vaccine Administration Law for COVID-19 vaccines.",
      zh: 'EUA依据《联邦食品、药品和化妆品法》第564条签发，前提是卫生与公众服务部部长宣布相关紧急情况，宣布终止后授权即失效。其证据标准低于正式批准，因此新冠疫苗、抗病毒药和检测试剂最初都是通过EUA上市的。EUA不是上市批准，FDA可修改或撤销。世卫组织的对应机制是紧急使用清单（EUL）；中国曾依据《疫苗管理法》的紧急使用条款使用新冠疫苗。',
    },
    differences: [
      {
        term: 'accelerated-approval',
        en: 'An EUA is a temporary emergency authorisation; accelerated approval is a full approval with post-marketing conditions.',
        zh: 'EUA是临时性的紧急授权；加速批准是附有上市后要求的正式批准。',
      },
    ],
    related: ['vaccine', 'accelerated-approval', 'fda', 'who-pq'],
    references: ['FD&C Act section 564', '疫苗管理法'],
    cues: {
      en: [
        'emergency',
        'covid-19',
        'pandemic',
        'fda',
        'vaccine',
        'test',
        'revoked',
        'public health emergency',
        'granted',
      ],
      zh: ['紧急', '新冠', '疫情', '疫苗', '检测', '撤销', '授权'],
    },
  },
  {
    id: 'rems',
    category: 'regulatory',
    name: { en: 'REMS', zh: 'REMS' },
    expansion: { en: 'Risk Evaluation and Mitigation Strategy', zh: '风险评估与减低策略' },
    forms: {
      en: ['REMS', 'Risk Evaluation and Mitigation Strategy'],
      zh: ['风险评估与减低策略', '风险评估和减低策略', '风险评估与缓解策略', '风险评估和缓解策略'],
    },
    short: {
      en: 'A safety programme FDA can require for a drug whose serious risks need measures beyond the label, such as prescriber certification, patient registries or restricted dispensing.',
      zh: 'FDA对存在严重风险、仅靠说明书不足以控制的药品要求实施的安全计划，如处方者认证、患者登记或限制配药。',
    },
    details: {
      en: 'FDA gained the power to require a REMS in 2007 through FDAAA. A REMS may include a medication guide, a communication plan and elements to assure safe use (ETASU), such as certified prescribers and pharmacies or lab tests before dispensing; isotretinoin and thalidomide-class drugs are examples. A REMS can be a condition of approval, adds cost and may slow uptake, and generics usually share a single REMS system with the brand. The EU relies instead on risk management plans with additional risk minimisation measures.',
      zh: 'FDA于2007年通过FDAAA法案获得要求REMS的权力。REMS可包括用药指南、沟通计划和确保安全使用要素（ETASU），如处方医生和药房认证、配药前化验等；异维A酸和沙利度胺类药物即为例子。REMS可能是获批条件，会增加成本并影响市场放量，仿制药通常与原研药共用一套REMS系统。欧盟则采用风险管理计划及额外风险最小化措施。',
    },
    differences: [
      {
        term: 'prescribing-information',
        en: 'The prescribing information informs every prescriber; a REMS adds required actions beyond the label.',
        zh: '药品说明书向所有处方者提供信息；REMS则在说明书之外增加强制性措施。',
      },
      {
        term: 'pharmacovigilance',
        en: 'Pharmacovigilance monitors and assesses safety signals; a REMS is a specific set of measures to manage a known serious risk.',
        zh: '药物警戒负责监测和评估安全信号；REMS是管理已知严重风险的具体措施。',
      },
    ],
    related: ['prescribing-information', 'pharmacovigilance', 'nda', 'bla'],
    references: ['FD&C Act section 505-1', 'FDAAA'],
    cues: {
      en: [
        'safety',
        'risk',
        'certified',
        'prescribers',
        'pharmacies',
        'medication guide',
        'etasu',
        'boxed warning',
        'fda',
        'program',
      ],
      zh: ['安全', '风险', '认证', '处方', '药房', '用药指南', '黑框警告'],
    },
  },

  // ───────────────────────────── China market access ─────────────────────────────
  {
    id: 'consistency-evaluation',
    category: 'regulatory',
    name: { en: 'Consistency evaluation', zh: '一致性评价' },
    forms: {
      en: ['consistency evaluation'],
      zh: ['仿制药质量和疗效一致性评价', '一致性评价'],
    },
    short: {
      en: "China's programme requiring generics approved under older, looser standards to prove their quality and efficacy match the originator (reference) drug. Passing it is a precondition for bidding in volume-based procurement.",
      zh: '中国要求按旧标准批准的仿制药证明其质量和疗效与原研药（参比制剂）一致的工作。通过一致性评价是参加带量采购的前提。',
    },
    details: {
      en: 'Launched in 2016 following the 2015 review-and-approval reform, it began with oral solid generics on the National Essential Medicines List and was later extended to injectables. Companies compare their product with a designated reference product (参比制剂) through pharmaceutical studies and, usually, bioequivalence trials. Once three or more makers of a molecule pass, products that have not passed lose out in centralised procurement. Generics approved under the post-2016 registration categories are deemed to have passed.',
      zh: '一致性评价在2015年审评审批制度改革后于2016年启动，先从国家基本药物目录中的口服固体制剂开始，后扩展到注射剂。企业需以指定的参比制剂为对照，开展药学研究和（通常情况下）生物等效性试验。同一品种通过评价的企业达到3家以上后，未通过的品种在集中采购中不再被选用。按2016年后新注册分类批准的仿制药视同通过一致性评价。',
    },
    differences: [
      {
        term: 'volume-based-procurement',
        en: 'Consistency evaluation is the quality test; VBP is the price tender that only passing products may enter.',
        zh: '一致性评价是质量门槛；带量采购是只有通过评价的产品才能参加的价格招标。',
      },
      {
        term: 'be-study',
        en: 'A BE study is one piece of evidence; consistency evaluation is the whole regulatory programme that usually requires it.',
        zh: '生物等效性试验是一项证据；一致性评价是通常要求开展该试验的整体监管工作。',
      },
    ],
    related: ['generic-drug', 'be-study', 'volume-based-procurement', 'nmpa', 'cde', 'anda'],
    references: ['国务院办公厅关于开展仿制药质量和疗效一致性评价的意见', '药品注册管理办法'],
    cues: {
      en: ['generic', 'generics', 'china', 'reference product', 'bioequivalence', 'passed', 'nmpa', 'originator'],
      zh: ['仿制药', '通过', '参比制剂', '生物等效', '过评', '国家药监局', '原研', '注射剂'],
    },
  },
  {
    id: 'volume-based-procurement',
    category: 'regulatory',
    name: { en: 'VBP', zh: '带量采购' },
    expansion: { en: 'Volume-Based Procurement', zh: '药品集中带量采购' },
    forms: {
      en: [
        'VBP',
        'volume-based procurement',
        'centralized volume-based procurement',
        'centralised volume-based procurement',
      ],
      zh: ['带量采购', '集中带量采购', '集采', '国家集采', '国家组织药品集中采购'],
    },
    short: {
      en: "China's centralised drug tendering, in which public hospitals commit to buy a set volume and the lowest qualifying bidders win, often at price cuts of more than half. It has reshaped the economics of Chinese generics.",
      zh: '中国的药品集中招标采购：公立医院承诺采购量，报价最低的合格企业中选，降价幅度常超过一半，深刻改变了国内仿制药行业的盈利模式。',
    },
    details: {
      en: 'It began with the "4+7" pilot in 11 cities in 2018 and has since run in national batches organised by the National Healthcare Security Administration (NHSA), with national and provincial-alliance tenders extending the model to insulin, biosimilars and medical consumables. Winners get guaranteed hospital volume for the contract period, while losers can lose most of the public hospital market. Only generics that have passed consistency evaluation, and originators, may bid, so VBP drove consolidation among generic makers and pushed many multinationals towards innovative drugs in China.',
      zh: '带量采购始于2018年11个城市的“4+7”试点，此后由国家医疗保障局组织分批开展全国集采，国家层面和省际联盟采购又将其扩展到胰岛素、生物类似药和医用耗材。中选企业在合同期内获得公立医院的约定采购量，未中选企业则可能失去大部分公立医院市场。只有通过一致性评价的仿制药和原研药可以参加投标，因此集采推动了仿制药行业整合，也促使许多跨国药企在华转向创新药。',
    },
    differences: [
      {
        term: 'nrdl',
        en: 'VBP sets prices of off-patent drugs by competitive bidding for volume; NRDL negotiation sets prices of mostly patented drugs in exchange for reimbursement.',
        zh: '带量采购通过以量换价的竞价确定过专利期药品价格；医保谈判则以纳入医保报销换取价格，主要针对专利期内药品。',
      },
      {
        term: 'consistency-evaluation',
        en: 'VBP is the price tender; consistency evaluation is the quality gate that a generic must pass to take part.',
        zh: '带量采购是价格招标；一致性评价是仿制药参与投标必须通过的质量门槛。',
      },
    ],
    related: ['consistency-evaluation', 'nrdl', 'generic-drug', 'biosimilar', 'patent-cliff'],
    references: ['国家组织药品集中采购和使用试点方案'],
    cues: {
      en: [
        'china',
        'tender',
        'price cut',
        'bid',
        'winning',
        'generic',
        'generics',
        'nhsa',
        'batch',
        'provincial',
        'hospital',
      ],
      zh: ['中选', '降价', '价格', '国家医保局', '仿制药', '批次', '报价', '联盟', '续约', '医院'],
    },
    otherSenses: [
      {
        id: 'value_based_purchasing',
        expansion: { en: 'Value-Based Purchasing', zh: '按价值购买（美国医保）' },
        short: {
          en: 'US Medicare programmes that adjust payments to hospitals and other providers according to quality measures.',
          zh: '美国联邦医疗保险根据质量指标调整对医院等服务提供方支付的计划。',
        },
        cues: {
          en: [
            'medicare',
            'cms',
            'hospital',
            'hospitals',
            'incentive',
            'payment adjustment',
            'quality measures',
            'patient experience',
            'readmission',
          ],
          zh: ['美国', '联邦医疗保险', '医院绩效', '质量指标', '激励', '按价值付费'],
        },
      },
    ],
  },
  {
    id: 'nrdl',
    category: 'regulatory',
    name: { en: 'NRDL', zh: '国家医保目录' },
    expansion: { en: 'National Reimbursement Drug List', zh: '国家基本医疗保险药品目录' },
    forms: {
      en: ['NRDL', 'National Reimbursement Drug List'],
      zh: ['国家医保药品目录', '国家医保目录', '医保药品目录', '医保目录', '国家医保谈判'],
    },
    short: {
      en: "China's national list of drugs covered by basic medical insurance. Inclusion, usually after steep price negotiation with the NHSA, is key to the sales of innovative drugs in China.",
      zh: '中国基本医疗保险可报销的药品目录。创新药通常需与国家医保局谈判大幅降价后才能纳入，纳入与否对其在国内的销售至关重要。',
    },
    details: {
      en: 'The list is managed by the National Healthcare Security Administration (NHSA), created in 2018, and has been updated every year since 2019. Drugs are Category A (covered under standard rules) or Category B (with a patient co-payment). New, mostly patented drugs enter through confidential price negotiations that have typically cut prices by around half, in return for national reimbursement and fast volume growth; negotiated prices usually run for two years before renewal. The yearly results are a major catalyst for Chinese biotechs and multinationals.',
      zh: '国家医保目录全称《国家基本医疗保险、工伤保险和生育保险药品目录》，由2018年组建的国家医疗保障局管理，自2019年起每年调整。目录药品分为甲类（按规定全额纳入支付范围）和乙类（患者需先自付一定比例）。新药（多为专利期内药品）通过保密的价格谈判纳入，降价幅度通常在一半左右，以换取全国医保报销和快速放量；谈判价格一般有效期两年，到期续约。每年的谈判结果是中国生物技术公司和跨国药企的重要催化剂。',
    },
    differences: [
      {
        term: 'volume-based-procurement',
        en: 'NRDL negotiation trades price for reimbursement, mainly for patented drugs; VBP trades price for guaranteed hospital volume for off-patent drugs.',
        zh: '医保谈判以价格换取报销资格，主要针对专利期内药品；带量采购以价格换取过专利期药品的医院约定采购量。',
      },
    ],
    related: ['volume-based-procurement', 'innovative-drug', 'nmpa', 'consistency-evaluation'],
    references: ['基本医疗保险用药管理暂行办法'],
    cues: {
      en: [
        'china',
        'nhsa',
        'negotiation',
        'reimbursement',
        'price cut',
        'inclusion',
        'included',
        'listed',
        'renewal',
        'medical insurance',
      ],
      zh: ['医保', '国家医保局', '谈判', '降价', '纳入', '报销', '续约', '准入'],
    },
  },
  {
    id: 'prescribing-information',
    category: 'regulatory',
    name: { en: 'Prescribing Information', zh: '药品说明书' },
    expansion: { en: 'Prescribing Information', zh: '处方信息' },
    forms: {
      en: ['PI', 'prescribing information', 'full prescribing information', 'package insert'],
      zh: ['药品说明书', '处方信息'],
    },
    short: {
      en: "The regulator-approved document for prescribers setting out a drug's indications, dosing, contraindications, warnings and trial data; in the US, the 'label' or package insert. Label changes signal new indications or safety issues.",
      zh: '经监管机构批准、面向处方者的文件，载明药品的适应症、用法用量、禁忌、警告和临床试验数据；在美国即“标签”或包装说明书。说明书修订往往意味着新适应症或安全性变化。',
    },
    details: {
      en: 'In the US the PI follows the Physician Labeling Rule format, with a Highlights section, any boxed warning and the full prescribing information; FDA approves its wording with the NDA or BLA and with each supplement that adds an indication or safety change. The EU equivalent for professionals is the Summary of Product Characteristics (SmPC), with a separate package leaflet for patients. In China the 药品说明书 is approved by NMPA and defines the approved indications, which also bound promotion and often reimbursement. Off-label use means prescribing outside the PI.',
      zh: '美国的处方信息采用《医师标签规则》格式，包括要点（Highlights）、黑框警告（如有）和完整处方信息；其文字随NDA或BLA以及每次增加适应症或安全性变更的补充申请一并由FDA批准。欧盟面向医务人员的对应文件是产品特性概要（SmPC），另有面向患者的包装说明书。在中国，药品说明书由国家药监局核准，界定获批适应症，也约束推广范围并常影响医保报销范围。超出说明书范围使用即“超说明书用药”。',
    },
    differences: [
      {
        term: 'pi',
        en: 'PI also abbreviates principal investigator, the doctor leading a trial at a site; nearby words about labels or trials tell them apart.',
        zh: 'PI也是主要研究者的缩写，即在研究中心负责临床试验的医生；可根据上下文是关于说明书还是试验来区分。',
      },
      {
        term: 'rems',
        en: 'The PI informs all prescribers; a REMS imposes additional required safety measures beyond it.',
        zh: '说明书向所有处方者提供信息；REMS则在其之外规定额外的强制性安全措施。',
      },
    ],
    related: ['pi', 'rems', 'nda', 'bla', 'pharmacovigilance'],
    references: ['21 CFR 201.56', '21 CFR 201.57', '药品说明书和标签管理规定'],
    cues: {
      en: [
        'label',
        'labeling',
        'labelling',
        'package insert',
        'dosing',
        'boxed warning',
        'indication',
        'label update',
        'contraindications',
        'off-label',
        'warnings and precautions',
        'warning',
        'prescribing',
        'marketed drug',
      ],
      zh: [
        '说明书',
        '标签',
        '适应症',
        '黑框警告',
        '用法用量',
        '禁忌',
        '修订',
        '不良反应',
        '警示',
        '警告和注意事项',
        '注意事项',
      ],
    },
    sharedForms: ['PI'],
  },
];
