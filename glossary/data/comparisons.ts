import type { ComparisonInput } from '../schema';

export const comparisons: ComparisonInput[] = [
  {
    id: 'outsourcing-models',
    title: {
      en: 'Outsourcing models: CRO, CMO, CDMO, CSO, CRDMO, SMO',
      zh: '外包模式对比：CRO、CMO、CDMO、CSO、CRDMO、SMO',
    },
    summary: {
      en: 'Six kinds of service provider that drug companies hire, told apart by which part of the drug lifecycle they take on.',
      zh: '药企常用的六类外包服务商，按其承接的药品生命周期环节加以区分。',
    },
    terms: ['cro', 'cmo', 'cdmo', 'cso', 'crdmo', 'smo'],
    dimensions: [
      {
        id: 'what-they-do',
        label: { en: 'What they do', zh: '主要业务' },
        cells: {
          cro: {
            en: 'Run research for sponsors: preclinical studies, clinical trial management, data management and biostatistics.',
            zh: '为申办方开展研究：临床前研究、临床试验管理、数据管理与统计分析。',
          },
          cmo: {
            en: "Manufacture APIs or finished products using the client's established process.",
            zh: '按客户既定工艺生产原料药或制剂。',
          },
          cdmo: {
            en: 'Develop the process and formulation, then manufacture clinical and commercial supply.',
            zh: '开发工艺和处方，并生产临床及商业化产品。',
          },
          cso: {
            en: 'Provide sales reps, medical detailing and launch support for marketed drugs.',
            zh: '为已上市药品提供医药代表、学术推广和上市商业化支持。',
          },
          crdmo: {
            en: 'Cover discovery research, development and manufacturing under one provider.',
            zh: '由同一服务商覆盖药物发现、开发到生产的全链条。',
          },
          smo: {
            en: 'Place clinical research coordinators at trial sites and handle site-level trial management.',
            zh: '向临床试验机构派驻临床研究协调员（CRC），承担研究中心层面的试验管理。',
          },
        },
      },
      {
        id: 'lifecycle-stage',
        label: { en: 'Lifecycle stage', zh: '所处阶段' },
        cells: {
          cro: { en: 'Preclinical through Phase 4.', zh: '临床前至IV期。' },
          cmo: { en: 'Mainly late clinical and commercial.', zh: '以后期临床和商业化阶段为主。' },
          cdmo: { en: 'Preclinical through commercial.', zh: '临床前至商业化。' },
          cso: { en: 'Launch and after approval.', zh: '上市及上市后。' },
          crdmo: { en: 'Discovery through commercial.', zh: '药物发现至商业化。' },
          smo: {
            en: 'Clinical trials (Phase 1–4), at the site level.',
            zh: '临床试验期间（I至IV期），在研究中心层面。',
          },
        },
      },
      {
        id: 'typical-customer',
        label: { en: 'Typical customer', zh: '典型客户' },
        cells: {
          cro: {
            en: 'Pharma and biotech sponsors; also device makers.',
            zh: '药企、生物技术公司和医疗器械企业等申办方。',
          },
          cmo: {
            en: 'Pharma companies with established products that need capacity or a second source.',
            zh: '拥有成熟产品、需要补充产能或第二供应商的药企。',
          },
          cdmo: {
            en: 'Biotechs without their own plants; pharma companies outsourcing development.',
            zh: '没有自建工厂的生物技术公司，以及外包开发工作的药企。',
          },
          cso: {
            en: 'Companies launching without a full sales force, or entering a new market.',
            zh: '缺少完整销售团队或进入新市场的企业。',
          },
          crdmo: {
            en: 'Biotechs that want one partner from candidate selection to commercial supply.',
            zh: '希望从候选分子到商业化供应都由一家伙伴承接的生物技术公司。',
          },
          smo: {
            en: 'Trial sites and, indirectly, the sponsors and CROs that pay for the trial.',
            zh: '临床试验机构，并间接服务于出资的申办方和CRO。',
          },
        },
      },
      {
        id: 'contract-model',
        label: { en: 'Contract and pricing', zh: '合同与计价' },
        cells: {
          cro: {
            en: 'MSA plus per-study work orders; fee-for-service, FTE or FSP models.',
            zh: 'MSA加各项目工作订单；按服务收费、FTE或FSP模式。',
          },
          cmo: {
            en: 'Supply agreements priced per batch or per kilogram, often with minimum volumes or take-or-pay terms.',
            zh: '供货协议按批次或按公斤计价，常附最低采购量或照付不议条款。',
          },
          cdmo: {
            en: 'Fee-for-service development that converts into commercial supply contracts, sometimes with capacity reservation fees.',
            zh: '开发阶段按服务收费，之后转为商业化供货合同，有时收取产能预留费。',
          },
          cso: {
            en: 'Fees per rep or per call, sometimes with sales-linked incentives.',
            zh: '按代表人数或拜访量收费，有时附与销售挂钩的激励。',
          },
          crdmo: {
            en: 'A mix of FTE-based research, fee-for-service development and long-term supply contracts.',
            zh: '研究按FTE计费、开发按服务收费、生产签订长期供货合同的组合。',
          },
          smo: {
            en: 'Per-site or per-patient fees paid by the sponsor or CRO.',
            zh: '由申办方或CRO按中心或按受试者付费。',
          },
        },
      },
      {
        id: 'risks-carried',
        label: { en: 'Risks carried', zh: '承担的风险' },
        cells: {
          cro: {
            en: 'Delivery and data-quality risk; the risk that the drug fails stays with the sponsor.',
            zh: '承担交付和数据质量风险；药物失败的风险仍由申办方承担。',
          },
          cmo: {
            en: 'Capacity utilization and batch-failure risk; product success risk stays with the client.',
            zh: '承担产能利用和批次失败风险；产品成败风险由客户承担。',
          },
          cdmo: {
            en: 'Utilization risk, plus losing projects when client molecules fail in the clinic.',
            zh: '产能利用风险，以及客户分子临床失败导致的项目流失。',
          },
          cso: {
            en: 'Staffing and performance risk; commercial success risk mostly stays with the client.',
            zh: '人员和业绩风险；商业成败风险主要由客户承担。',
          },
          crdmo: {
            en: 'Project attrition at every stage and the fixed-cost burden of heavy assets.',
            zh: '各阶段的项目流失风险，以及重资产带来的固定成本压力。',
          },
          smo: {
            en: 'Staffing and site-performance risk; little capital at risk.',
            zh: '人员和中心执行风险；资本风险较低。',
          },
        },
      },
      {
        id: 'key-assets',
        label: { en: 'Key assets', zh: '核心资源' },
        cells: {
          cro: {
            en: 'Clinical operations staff, site networks, data systems and therapeutic-area expertise.',
            zh: '临床运营团队、研究中心网络、数据系统和治疗领域经验。',
          },
          cmo: {
            en: 'GMP plants, available capacity and a clean inspection record.',
            zh: 'GMP工厂、可用产能和良好的检查记录。',
          },
          cdmo: {
            en: 'Scientists, technology platforms and GMP capacity from clinical to commercial scale.',
            zh: '科学家团队、技术平台以及从临床到商业化规模的GMP产能。',
          },
          cso: {
            en: 'Trained sales forces and relationships with doctors and pharmacies.',
            zh: '训练有素的销售团队以及与医生和药房的关系。',
          },
          crdmo: {
            en: 'Discovery chemistry and biology teams plus CDMO plants, linked by internal tech transfer.',
            zh: '药物发现化学与生物学团队加上CDMO工厂，以内部技术转移贯通。',
          },
          smo: {
            en: 'A pool of trained CRCs and working relationships with hospitals.',
            zh: '经过培训的CRC队伍以及与医院的合作关系。',
          },
        },
      },
      {
        id: 'what-to-check',
        label: { en: 'What to check when choosing one', zh: '选择时要考察什么' },
        cells: {
          cro: {
            en: 'Therapeutic experience, staff turnover, site access, data quality and GCP inspection history.',
            zh: '治疗领域经验、人员流动率、中心资源、数据质量和GCP检查记录。',
          },
          cmo: {
            en: 'GMP inspection history (483s, warning letters), capacity and supply reliability.',
            zh: 'GMP检查记录（483表、警告信）、产能和供货可靠性。',
          },
          cdmo: {
            en: 'Technical fit, tech-transfer track record, regulatory history, ability to scale and IP protection.',
            zh: '技术匹配度、技术转移记录、监管历史、放大能力和知识产权保护。',
          },
          cso: {
            en: 'Rep quality and training, compliance with promotion rules, reach in the target market.',
            zh: '代表素质与培训、推广合规情况以及目标市场覆盖。',
          },
          crdmo: {
            en: 'Quality of hand-offs between stages, dependence on a single vendor and geopolitical exposure.',
            zh: '各阶段衔接质量、对单一供应商的依赖程度和地缘政治风险。',
          },
          smo: {
            en: 'CRC training and turnover, site coverage and GCP compliance.',
            zh: 'CRC培训与流动率、中心覆盖范围和GCP合规情况。',
          },
        },
      },
    ],
  },
  {
    id: 'gxp',
    title: { en: 'GxP compared: GLP, GCP, GMP, GDP, GVP', zh: 'GxP对比：GLP、GCP、GMP、GDP、GVP' },
    summary: {
      en: "The five main good-practice rule sets, each covering one part of a medicine's life, from lab safety studies to post-marketing safety monitoring.",
      zh: '五套主要的质量管理规范，分别覆盖药品从实验室安全性研究到上市后安全监测的不同环节。',
    },
    terms: ['glp', 'gcp', 'gmp', 'gdp', 'gvp'],
    dimensions: [
      {
        id: 'scope',
        label: { en: 'Scope', zh: '适用范围' },
        cells: {
          glp: {
            en: 'How nonclinical safety studies (e.g. toxicology) are run and recorded.',
            zh: '非临床安全性研究（如毒理试验）的实施与记录。',
          },
          gcp: {
            en: 'Design, conduct, recording and reporting of clinical trials; protecting subjects and data credibility.',
            zh: '临床试验的设计、实施、记录和报告，保护受试者权益并保证数据可信。',
          },
          gmp: {
            en: 'Manufacture and quality control of APIs and medicines.',
            zh: '原料药和药品的生产与质量控制。',
          },
          gdp: {
            en: 'Storage, transport and wholesale distribution of medicines.',
            zh: '药品的储存、运输和批发流通。',
          },
          gvp: {
            en: 'Collecting, assessing and acting on safety information (the pharmacovigilance system).',
            zh: '安全性信息的收集、评价和处置（药物警戒体系）。',
          },
        },
      },
      {
        id: 'stage',
        label: { en: 'Lifecycle stage', zh: '所处阶段' },
        cells: {
          glp: { en: 'Preclinical, mainly IND-enabling studies.', zh: '临床前，主要是支持IND的研究。' },
          gcp: { en: 'Clinical development, Phase 1–4.', zh: '临床开发阶段，I至IV期。' },
          gmp: {
            en: 'From the API starting material to batch release, for both clinical and commercial supply.',
            zh: '从原料药起始物料到成品放行，涵盖临床和商业化供应。',
          },
          gdp: {
            en: 'After release, until the medicine reaches the pharmacy or hospital.',
            zh: '放行之后，直至药品到达药房或医院。',
          },
          gvp: {
            en: 'From clinical trials onward, mainly after approval.',
            zh: '从临床试验开始，主要在上市后。',
          },
        },
      },
      {
        id: 'guideline',
        label: { en: 'Governing rules', zh: '主要法规与指南' },
        cells: {
          glp: {
            en: 'OECD Principles of GLP; 21 CFR 58 (US); China: 药物非临床研究质量管理规范.',
            zh: 'OECD GLP原则；美国21 CFR 58；我国《药物非临床研究质量管理规范》。',
          },
          gcp: {
            en: 'ICH E6 (R3 adopted 2025); 21 CFR 50, 56 and 312 (US); China: 药物临床试验质量管理规范 (2020).',
            zh: 'ICH E6（2025年通过R3版）；美国21 CFR 50、56、312；我国《药物临床试验质量管理规范》（2020年）。',
          },
          gmp: {
            en: 'ICH Q7 (APIs); 21 CFR 210/211 (US); EU GMP (EudraLex Vol. 4); China: 药品生产质量管理规范.',
            zh: 'ICH Q7（原料药）；美国21 CFR 210/211；欧盟GMP（EudraLex第4卷）；我国《药品生产质量管理规范》。',
          },
          gdp: {
            en: 'EU GDP Guidelines 2013/C 343/01; no single US GDP rule (state licensing, DSCSA); China: 药品经营质量管理规范 (GSP).',
            zh: '欧盟GDP指南2013/C 343/01；美国无统一GDP法规（依靠州级许可和DSCSA）；我国为《药品经营质量管理规范》（GSP）。',
          },
          gvp: {
            en: 'EU GVP modules; US reporting rules in 21 CFR 314.80 and 600.80; China: 药物警戒质量管理规范 (2021).',
            zh: '欧盟GVP模块；美国21 CFR 314.80、600.80的报告要求；我国《药物警戒质量管理规范》（2021年）。',
          },
        },
      },
      {
        id: 'inspected-by',
        label: { en: 'Inspected by', zh: '检查机构' },
        cells: {
          glp: {
            en: 'FDA (BIMO programme), national GLP monitoring authorities in the EU, NMPA.',
            zh: 'FDA（BIMO项目）、欧盟各国GLP监查机构、国家药监局。',
          },
          gcp: {
            en: "FDA (BIMO programme), EU member-state inspectors coordinated by EMA, NMPA's inspection centre (CFDI).",
            zh: 'FDA（BIMO项目）、EMA协调的欧盟成员国检查员、国家药监局食品药品审核查验中心。',
          },
          gmp: {
            en: 'FDA, EU national authorities and other PIC/S members, NMPA and provincial drug administrations.',
            zh: 'FDA、欧盟各国主管机构及其他PIC/S成员、国家药监局和省级药监局。',
          },
          gdp: {
            en: 'EU national authorities (wholesale licences), US state boards of pharmacy, Chinese provincial and local drug regulators.',
            zh: '欧盟各国主管机构（批发许可）、美国各州药房委员会、我国省级及市县药品监管部门。',
          },
          gvp: {
            en: 'EU national pharmacovigilance inspectors (coordinated by EMA), FDA, NMPA and provincial bureaus.',
            zh: '欧盟各国药物警戒检查员（EMA协调）、FDA、国家药监局及省级药监局。',
          },
        },
      },
    ],
  },
  {
    id: 'submissions',
    title: { en: 'Drug applications: IND, NDA, BLA, ANDA, MAA', zh: '药品申请类型对比：IND、NDA、BLA、ANDA、MAA' },
    summary: {
      en: 'The main filings used to start clinical trials or to seek marketing approval in the US and the EU.',
      zh: '在美国和欧盟启动临床试验或申请上市所用的主要申报类型。',
    },
    terms: ['ind', 'nda', 'bla', 'anda', 'maa'],
    dimensions: [
      {
        id: 'purpose',
        label: { en: 'Purpose', zh: '用途' },
        cells: {
          ind: {
            en: 'Permission to test an investigational drug in humans in the US.',
            zh: '申请在美国开展试验用药物的人体临床试验。',
          },
          nda: {
            en: 'Approval to market a new drug, mostly small molecules, in the US.',
            zh: '申请在美国上市新药（以小分子为主）。',
          },
          bla: { en: 'A licence to market a biologic in the US.', zh: '申请在美国上市生物制品的许可。' },
          anda: {
            en: 'Approval of a generic version of an approved US drug.',
            zh: '申请在美国上市已批准药品的仿制药。',
          },
          maa: {
            en: 'Authorisation to market a medicine in the EU or an EU member state.',
            zh: '申请在欧盟或某一成员国上市药品。',
          },
        },
      },
      {
        id: 'when',
        label: { en: 'When it is filed', zh: '提交时机' },
        cells: {
          ind: {
            en: 'Before the first human dose; trials may start 30 days after FDA receives it unless FDA imposes a clinical hold.',
            zh: '首次人体给药前提交；FDA收到后30天内未实施临床暂停即可开展试验。',
          },
          nda: { en: 'After the pivotal trials are complete.', zh: '关键性临床试验完成后。' },
          bla: { en: 'After the pivotal trials are complete.', zh: '关键性临床试验完成后。' },
          anda: {
            en: "Once bioequivalence is shown; timing is shaped by the reference drug's patents and exclusivities.",
            zh: '完成生物等效性研究后提交，时机受参比药品专利和独占期影响。',
          },
          maa: { en: 'After the pivotal trials are complete.', zh: '关键性临床试验完成后。' },
        },
      },
      {
        id: 'contents',
        label: { en: 'Main contents', zh: '主要内容' },
        cells: {
          ind: {
            en: "CMC information, pharmacology and toxicology data, the clinical protocol and the investigator's brochure.",
            zh: '药学（CMC）资料、药理毒理数据、临床试验方案和研究者手册。',
          },
          nda: {
            en: 'A full CTD: quality, nonclinical and clinical study reports, plus proposed labelling.',
            zh: '完整CTD：药学、非临床和临床研究报告，以及拟定说明书。',
          },
          bla: {
            en: 'A full CTD with detailed manufacturing process and facility information for the biologic.',
            zh: '完整CTD，并包含生物制品详尽的生产工艺和厂房设施信息。',
          },
          anda: {
            en: 'CMC data, bioequivalence data and labelling matching the reference drug; no new efficacy trials.',
            zh: '药学资料、生物等效性数据及与参比药品一致的说明书，无需新的疗效试验。',
          },
          maa: {
            en: 'A full CTD plus EU-specific items such as a risk management plan and paediatric investigation plan compliance.',
            zh: '完整CTD，外加欧盟特有内容，如风险管理计划和儿科研究计划符合性。',
          },
        },
      },
      {
        id: 'agency',
        label: { en: 'Agency and legal basis', zh: '受理机构与法律依据' },
        cells: {
          ind: { en: 'FDA (CDER or CBER); 21 CFR 312.', zh: 'FDA（CDER或CBER）；21 CFR 312。' },
          nda: {
            en: 'FDA CDER; section 505(b) of the FD&C Act.',
            zh: 'FDA CDER；《联邦食品、药品和化妆品法》第505(b)条。',
          },
          bla: {
            en: 'FDA CBER or CDER; section 351(a) of the PHS Act.',
            zh: 'FDA CBER或CDER；《公共卫生服务法》第351(a)条。',
          },
          anda: {
            en: 'FDA CDER Office of Generic Drugs; section 505(j) of the FD&C Act.',
            zh: 'FDA CDER仿制药办公室；《联邦食品、药品和化妆品法》第505(j)条。',
          },
          maa: {
            en: 'EMA in the centralised procedure (CHMP opinion, European Commission decision), or national regulators.',
            zh: '集中审评程序由EMA受理（CHMP出具意见，欧盟委员会作出决定），或由各成员国监管机构受理。',
          },
        },
      },
    ],
  },
  {
    id: 'agencies',
    title: { en: 'Drug regulators: FDA, EMA, NMPA, PMDA, MHRA', zh: '药品监管机构对比：FDA、EMA、NMPA、PMDA、MHRA' },
    summary: {
      en: 'Five major medicines regulators compared by reach, origins, approval routes and what sets each apart.',
      zh: '从管辖范围、成立时间、审批路径和主要特点比较五家主要药品监管机构。',
    },
    terms: ['fda', 'ema', 'nmpa', 'pmda', 'mhra'],
    dimensions: [
      {
        id: 'jurisdiction',
        label: { en: 'Jurisdiction', zh: '管辖范围' },
        cells: {
          fda: {
            en: 'United States; part of HHS; also regulates food, medical devices and tobacco.',
            zh: '美国；隶属卫生与公众服务部，同时监管食品、医疗器械和烟草。',
          },
          ema: {
            en: 'European Union and EEA; assesses centralised applications, while the European Commission grants the authorisation.',
            zh: '欧盟及欧洲经济区；负责集中审评，上市许可由欧盟委员会授予。',
          },
          nmpa: {
            en: 'Mainland China; administered by SAMR; regulates drugs, medical devices and cosmetics.',
            zh: '中国大陆；由国家市场监督管理总局管理，监管药品、医疗器械和化妆品。',
          },
          pmda: {
            en: 'Japan; carries out reviews and consultations, while MHLW grants approval.',
            zh: '日本；负责审评和咨询，由厚生劳动省作出批准。',
          },
          mhra: {
            en: 'United Kingdom; regulates medicines, medical devices and blood components.',
            zh: '英国；监管药品、医疗器械和血液成分。',
          },
        },
      },
      {
        id: 'founded-or-formed',
        label: { en: 'Founded or formed', zh: '成立时间' },
        cells: {
          fda: {
            en: 'Roots in the 1906 Pure Food and Drugs Act; named FDA in 1930.',
            zh: '源于1906年《纯净食品和药品法》，1930年定名FDA。',
          },
          ema: {
            en: '1995 (as EMEA); moved from London to Amsterdam in 2019.',
            zh: '1995年成立（原称EMEA），2019年由伦敦迁至阿姆斯特丹。',
          },
          nmpa: {
            en: '2018, replacing CFDA in the State Council restructuring.',
            zh: '2018年国务院机构改革中组建，取代原国家食品药品监督管理总局（CFDA）。',
          },
          pmda: { en: '2004.', zh: '2004年。' },
          mhra: {
            en: '2003, from the merger of the UK medicines and medical devices agencies.',
            zh: '2003年由英国药品管理局和医疗器械管理局合并而成。',
          },
        },
      },
      {
        id: 'key-pathways',
        label: { en: 'Key pathways', zh: '主要审批路径' },
        cells: {
          fda: {
            en: 'IND; NDA, BLA, ANDA, 505(b)(2); fast track, breakthrough therapy, accelerated approval, priority review.',
            zh: 'IND；NDA、BLA、ANDA、505(b)(2)；快速通道、突破性疗法、加速批准、优先审评。',
          },
          ema: {
            en: 'Centralised procedure; PRIME, accelerated assessment, conditional marketing authorisation.',
            zh: '集中审评程序；PRIME优先药物计划、加速评估、附条件上市许可。',
          },
          nmpa: {
            en: 'Clinical trial applications with 60-day implied approval; breakthrough therapy, conditional approval, priority review, special approval.',
            zh: '临床试验申请（60日默示许可）；突破性治疗药物、附条件批准、优先审评审批、特别审批。',
          },
          pmda: {
            en: 'Standard and priority review, SAKIGAKE designation, conditional early approval.',
            zh: '常规审评与优先审评、先驱审查指定（SAKIGAKE）、附条件早期批准。',
          },
          mhra: {
            en: 'National licensing, the International Recognition Procedure, ILAP, and work-sharing via Project Orbis and the Access Consortium.',
            zh: '国家上市许可、国际认可程序（IRP）、创新许可与准入路径（ILAP），以及Orbis项目和Access联盟协作审评。',
          },
        },
      },
      {
        id: 'notable',
        label: { en: 'Notable', zh: '主要特点' },
        cells: {
          fda: {
            en: 'PDUFA user fees and goal dates make review timing predictable; its decisions often set the global pace.',
            zh: 'PDUFA用户付费和目标日期使审评时间可预期；其决定常引领全球节奏。',
          },
          ema: {
            en: 'One centralised authorisation is valid in every EU member state.',
            zh: '一次集中许可在所有欧盟成员国有效。',
          },
          nmpa: {
            en: 'Joined ICH in 2017; technical review is done by CDE; reforms since 2015 have sharply cut review times.',
            zh: '2017年加入ICH；技术审评由药品审评中心（CDE）承担；2015年以来的改革大幅缩短了审评时间。',
          },
          pmda: {
            en: 'Has worked to close Japan\'s "drug lag"; also runs the relief scheme for victims of adverse drug reactions.',
            zh: '致力于缩小日本的“药物滞后”；还负责药品不良反应受害救济制度。',
          },
          mhra: {
            en: 'Independent of the EU system since 2021; in December 2020 it was the first to authorise the Pfizer-BioNTech COVID-19 vaccine.',
            zh: '2021年起独立于欧盟体系；2020年12月在全球率先批准辉瑞/BioNTech新冠疫苗。',
          },
        },
      },
    ],
  },
  {
    id: 'materials',
    title: { en: 'From starting material to drug product', zh: '从起始物料到制剂' },
    summary: {
      en: "The materials along a medicine's manufacturing chain, from the regulatory starting material to the finished product.",
      zh: '药品生产链条上的各类物料，从注册起始物料到制剂成品。',
    },
    terms: ['rsm', 'intermediate', 'api', 'excipient', 'drug-product'],
    dimensions: [
      {
        id: 'what-it-is',
        label: { en: 'What it is', zh: '定义' },
        cells: {
          rsm: {
            en: 'The well-defined chemical building block at which the registered API synthesis begins.',
            zh: '注册工艺中原料药合成起点所用的、结构明确的化学物料。',
          },
          intermediate: {
            en: 'A material made during API synthesis that must undergo further molecular change before it becomes the API.',
            zh: '原料药合成过程中产生、还需进一步发生分子结构变化才成为原料药的物料。',
          },
          api: {
            en: 'The active substance that gives the medicine its effect.',
            zh: '使药品产生药效的活性物质。',
          },
          excipient: {
            en: 'Any ingredient other than the API, such as fillers, binders, buffers or preservatives.',
            zh: '原料药以外的组分，如填充剂、黏合剂、缓冲剂或防腐剂。',
          },
          'drug-product': {
            en: 'The finished dosage form, API plus excipients in its container, given to patients.',
            zh: '供患者使用的最终剂型，即原料药加辅料并装入包装容器。',
          },
        },
      },
      {
        id: 'gmp-expectation',
        label: { en: 'GMP expectation', zh: 'GMP要求' },
        cells: {
          rsm: {
            en: 'ICH Q7 GMP applies from the point the starting material is introduced; the material itself is controlled by specifications and supplier qualification.',
            zh: 'ICH Q7的GMP要求自起始物料投入时起适用；起始物料本身通过质量标准和供应商审计加以控制。',
          },
          intermediate: {
            en: 'Made under ICH Q7 GMP, with controls tightening toward the final steps.',
            zh: '按ICH Q7的GMP要求生产，越接近最终步骤控制越严。',
          },
          api: {
            en: 'Full ICH Q7 GMP (in China, the GMP annex on APIs).',
            zh: '全面执行ICH Q7 GMP（我国为GMP附录《原料药》）。',
          },
          excipient: {
            en: 'Risk-based appropriate GMP (e.g. IPEC guides, EU guideline 2015/C 95/02) and pharmacopoeial quality.',
            zh: '基于风险的适当GMP（如IPEC指南、欧盟2015/C 95/02指南），并符合药典标准。',
          },
          'drug-product': {
            en: "Full finished-product GMP: 21 CFR 210/211, EU GMP Part I, China's 药品生产质量管理规范.",
            zh: '全面执行制剂GMP：美国21 CFR 210/211、欧盟GMP第一部分、我国《药品生产质量管理规范》。',
          },
        },
      },
      {
        id: 'regulatory-file',
        label: { en: 'Where it is filed', zh: '注册资料中的位置' },
        cells: {
          rsm: {
            en: 'Proposed and justified in CTD section 3.2.S.2.3, following ICH Q11.',
            zh: '在CTD 3.2.S.2.3中提出，并按ICH Q11原则论证其合理性。',
          },
          intermediate: {
            en: 'Described in the API manufacturing section (3.2.S.2); can be covered by a Type II DMF.',
            zh: '在原料药生产工艺部分（3.2.S.2）中描述，也可通过II型DMF提交。',
          },
          api: {
            en: 'CTD 3.2.S, or a Type II DMF, ASMF or CEP; in China, API registration reviewed together with the drug product.',
            zh: 'CTD 3.2.S，或II型DMF、ASMF、CEP；我国为原料药登记并与制剂关联审评。',
          },
          excipient: {
            en: 'Listed in 3.2.P, with fuller data for novel excipients; Type IV DMF in the US; excipient registration in China.',
            zh: '列于3.2.P，新型辅料需提供更完整资料；美国可用IV型DMF，我国为药用辅料登记。',
          },
          'drug-product': {
            en: 'CTD 3.2.P of the NDA, BLA, ANDA or MAA.',
            zh: 'NDA、BLA、ANDA或MAA中的CTD 3.2.P。',
          },
        },
      },
      {
        id: 'example',
        label: { en: 'Example', zh: '示例' },
        cells: {
          rsm: {
            en: 'A commercially available substituted aromatic compound bought from a chemical supplier.',
            zh: '从化工供应商采购的市售取代芳香族化合物。',
          },
          intermediate: {
            en: 'A protected precursor one or two steps before the final API.',
            zh: '距最终原料药还有一两步反应的带保护基前体。',
          },
          api: { en: 'Atorvastatin calcium; an antibody drug substance.', zh: '阿托伐他汀钙；单抗原液。' },
          excipient: {
            en: 'Microcrystalline cellulose, magnesium stearate, polysorbate 80.',
            zh: '微晶纤维素、硬脂酸镁、聚山梨酯80。',
          },
          'drug-product': {
            en: 'A film-coated tablet; an antibody in a prefilled syringe.',
            zh: '薄膜衣片；抗体预灌封注射剂。',
          },
        },
      },
    ],
  },
  {
    id: 'drug-types',
    title: {
      en: 'Innovative drug, generic, biosimilar and 505(b)(2)',
      zh: '创新药、仿制药、生物类似药与505(b)(2)',
    },
    summary: {
      en: 'How new, copied and modified medicines differ in the evidence they need and the market protection they get.',
      zh: '新药、仿制药和改良型药品在所需证据和所获市场保护上的区别。',
    },
    terms: ['innovative-drug', 'generic-drug', 'biosimilar', '505b2'],
    dimensions: [
      {
        id: 'what-it-is',
        label: { en: 'What it is', zh: '定义' },
        cells: {
          'innovative-drug': {
            en: 'A medicine with an active substance (or mechanism) that has not been approved before.',
            zh: '含有此前未获批准的活性成分（或作用机制）的药品。',
          },
          'generic-drug': {
            en: 'A copy of an approved small-molecule drug with the same active ingredient, strength, dosage form and route.',
            zh: '与已批准小分子药品活性成分、规格、剂型和给药途径相同的仿制品。',
          },
          biosimilar: {
            en: 'A biologic highly similar to an approved reference biologic, with no clinically meaningful differences.',
            zh: '与已批准参照生物制品高度相似、无临床意义差异的生物药。',
          },
          '505b2': {
            en: 'A US NDA that relies partly on data the applicant did not generate, typically for a modified version of a known drug.',
            zh: '美国一种部分依赖非申请人自有数据的NDA，通常用于已知药物的改良品种。',
          },
        },
      },
      {
        id: 'evidence-needed',
        label: { en: 'Evidence needed', zh: '所需证据' },
        cells: {
          'innovative-drug': {
            en: 'A full nonclinical package and Phase 1–3 trials showing safety and efficacy.',
            zh: '完整的非临床研究以及证明安全有效的I至III期临床试验。',
          },
          'generic-drug': {
            en: 'Pharmaceutical equivalence and bioequivalence to the reference drug.',
            zh: '与参比制剂药学等效并生物等效。',
          },
          biosimilar: {
            en: 'Extensive analytical comparison, comparative PK and often a comparative clinical study.',
            zh: '大量分析相似性比较、比较性药代动力学研究，通常还需比较性临床研究。',
          },
          '505b2': {
            en: 'Bridging data (often comparative bioavailability) plus any new studies the change requires.',
            zh: '桥接数据（常为比较性生物利用度研究），以及改动所需的新研究。',
          },
        },
      },
      {
        id: 'exclusivity',
        label: { en: 'Exclusivity', zh: '独占保护' },
        cells: {
          'innovative-drug': {
            en: 'Patents plus regulatory exclusivity: US 5 years (new chemical entity) or 12 years (biologics); EU 8+2(+1) years.',
            zh: '专利加法规独占期：美国新化学实体5年、生物制品12年；欧盟8+2（+1）年。',
          },
          'generic-drug': {
            en: 'US: 180 days for the first Paragraph IV filer; China: 12 months for the first generic to win a patent challenge.',
            zh: '美国首个第IV段声明申请人享有180天独占期；我国首个挑战专利成功的仿制药可获12个月市场独占期。',
          },
          biosimilar: {
            en: 'None for biosimilarity alone; the US grants a period of exclusivity to the first interchangeable biosimilar.',
            zh: '仅凭生物类似性不获独占期；美国对首个可互换生物类似药给予一定独占期。',
          },
          '505b2': {
            en: 'Often 3 years for new clinical investigations; 5 years if it contains a new chemical entity.',
            zh: '常为基于新临床研究的3年独占期；若含新化学实体则为5年。',
          },
        },
      },
      {
        id: 'us-pathway',
        label: { en: 'US pathway', zh: '美国申报路径' },
        cells: {
          'innovative-drug': { en: 'NDA under 505(b)(1) or BLA under 351(a).', zh: '505(b)(1) NDA或351(a) BLA。' },
          'generic-drug': { en: 'ANDA under 505(j).', zh: '505(j) ANDA。' },
          biosimilar: { en: 'BLA under 351(k), created by the BPCIA.', zh: '依据BPCIA设立的351(k) BLA。' },
          '505b2': { en: 'NDA under 505(b)(2).', zh: '505(b)(2) NDA。' },
        },
      },
      {
        id: 'china-pathway',
        label: { en: 'China pathway', zh: '我国注册路径' },
        cells: {
          'innovative-drug': {
            en: 'Chemical drug class 1 or therapeutic biologic class 1 registration.',
            zh: '化学药品1类或治疗用生物制品1类注册。',
          },
          'generic-drug': {
            en: 'Chemical drug class 3 or 4, held to the standard of equivalence with the reference drug (consistency evaluation).',
            zh: '化学药品3类或4类注册，须达到与参比制剂质量和疗效一致的要求（一致性评价）。',
          },
          biosimilar: {
            en: "Therapeutic biologic class 3.3 (biosimilar), following NMPA's biosimilar development guideline.",
            zh: '按治疗用生物制品3.3类（生物类似药）注册，遵循生物类似药研发与评价技术指导原则。',
          },
          '505b2': {
            en: 'No direct equivalent; the closest is chemical drug class 2 (improved new drug, 改良型新药).',
            zh: '无直接对应路径，最接近的是化学药品2类（改良型新药）。',
          },
        },
      },
    ],
  },
  {
    id: 'qa-vs-qc',
    title: { en: 'QA vs QC', zh: 'QA与QC对比' },
    summary: {
      en: 'QA builds and oversees the system that assures quality; QC tests materials and products against their specifications.',
      zh: 'QA建立并监督保证质量的体系；QC按质量标准检验物料和产品。',
    },
    terms: ['qa', 'qc'],
    dimensions: [
      {
        id: 'focus',
        label: { en: 'Focus', zh: '侧重点' },
        cells: {
          qa: {
            en: 'Prevention: making sure systems and processes deliver quality every time.',
            zh: '预防：确保体系和流程每次都能产出合格产品。',
          },
          qc: {
            en: 'Detection: checking that materials and products meet their specifications.',
            zh: '检测：确认物料和产品符合质量标准。',
          },
        },
      },
      {
        id: 'activities',
        label: { en: 'Activities', zh: '主要工作' },
        cells: {
          qa: {
            en: 'SOPs and document control, deviations and CAPA, change control, audits, batch record review and release.',
            zh: 'SOP与文件管理、偏差与CAPA、变更控制、审计、批记录审核和放行。',
          },
          qc: {
            en: 'Sampling and testing of raw materials, in-process samples, finished product and stability samples; environmental monitoring.',
            zh: '原辅料、中间控制样品、成品和稳定性样品的取样与检验；环境监测。',
          },
        },
      },
      {
        id: 'timing',
        label: { en: 'Timing', zh: '介入时机' },
        cells: {
          qa: {
            en: 'Throughout the lifecycle: before, during and after production.',
            zh: '贯穿整个生命周期，覆盖生产前、生产中和生产后。',
          },
          qc: {
            en: 'At set points: incoming materials, in-process checks, release and stability time points.',
            zh: '在规定节点进行：来料、中间控制、放行和稳定性时间点。',
          },
        },
      },
      {
        id: 'outputs',
        label: { en: 'Outputs', zh: '产出' },
        cells: {
          qa: {
            en: 'Approved procedures, investigation reports, audit findings and batch disposition decisions.',
            zh: '批准的规程、调查报告、审计发现和批处置（放行）决定。',
          },
          qc: {
            en: 'Test results, certificates of analysis and OOS investigations.',
            zh: '检验结果、检验报告书（COA）和OOS调查。',
          },
        },
      },
    ],
  },
  {
    id: 'clinical-phases',
    title: { en: 'Clinical trial phases 1 to 4', zh: '临床试验I至IV期对比' },
    summary: {
      en: 'What each phase of clinical development sets out to show, and roughly how large, long and risky it is.',
      zh: '各期临床试验要回答的问题，以及其大致规模、周期和风险。',
    },
    terms: ['phase-1', 'phase-2', 'phase-3', 'phase-4'],
    dimensions: [
      {
        id: 'goal',
        label: { en: 'Goal', zh: '目的' },
        cells: {
          'phase-1': {
            en: 'Safety, tolerability, pharmacokinetics and a workable dose range.',
            zh: '安全性、耐受性、药代动力学和可用剂量范围。',
          },
          'phase-2': { en: 'First evidence of efficacy and choice of dose.', zh: '初步疗效证据并确定剂量。' },
          'phase-3': {
            en: 'Confirm efficacy and safety to support approval.',
            zh: '确证疗效和安全性，支持上市申请。',
          },
          'phase-4': {
            en: 'Track long-term safety and use in routine practice after approval.',
            zh: '上市后在常规医疗实践中监测长期安全性和使用情况。',
          },
        },
      },
      {
        id: 'participants',
        label: { en: 'Participants', zh: '受试人群' },
        cells: {
          'phase-1': {
            en: 'Usually healthy volunteers; patients in oncology and some other fields.',
            zh: '通常为健康受试者；肿瘤等领域直接入组患者。',
          },
          'phase-2': { en: 'Patients with the target disease.', zh: '目标疾病患者。' },
          'phase-3': {
            en: 'Larger, more varied patient groups, often across many countries.',
            zh: '规模更大、更多样的患者人群，常为多国多中心。',
          },
          'phase-4': {
            en: 'Patients treated with the approved drug, including groups left out of earlier trials.',
            zh: '使用已上市药品的患者，包括早期试验未纳入的人群。',
          },
        },
      },
      {
        id: 'typical-size',
        label: { en: 'Typical size', zh: '常见规模' },
        cells: {
          'phase-1': { en: 'Tens of people (roughly 20–100).', zh: '数十人（约20至100人）。' },
          'phase-2': { en: 'Up to a few hundred.', zh: '至多数百人。' },
          'phase-3': { en: 'Hundreds to several thousand.', zh: '数百至数千人。' },
          'phase-4': { en: 'Can reach thousands or more.', zh: '可达数千人甚至更多。' },
        },
      },
      {
        id: 'duration',
        label: { en: 'Duration', zh: '持续时间' },
        cells: {
          'phase-1': { en: 'Months to about a year.', zh: '数月至一年左右。' },
          'phase-2': { en: 'Often one to two years.', zh: '通常一至两年。' },
          'phase-3': { en: 'Often one to four years.', zh: '通常一至四年。' },
          'phase-4': { en: 'Ongoing; single studies may run for years.', zh: '持续进行，单项研究可达数年。' },
        },
      },
      {
        id: 'success-rate-note',
        label: { en: 'Chance of moving on (rough)', zh: '推进成功率（粗略）' },
        cells: {
          'phase-1': { en: 'About half of drugs move on to Phase 2.', zh: '约半数药物进入II期。' },
          'phase-2': {
            en: 'The riskiest step: only about three in ten reach Phase 3.',
            zh: '风险最高的阶段：仅约三成进入III期。',
          },
          'phase-3': {
            en: 'Roughly half to two-thirds succeed and go on to filing.',
            zh: '约一半至三分之二取得成功并进入上市申报。',
          },
          'phase-4': {
            en: 'Not a gate to approval, but findings can lead to label changes or withdrawal.',
            zh: '不决定能否上市，但结果可能导致说明书修改或撤市。',
          },
        },
      },
    ],
  },
];
