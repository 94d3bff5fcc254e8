import type { TermInput } from '../../schema';

export const manufacturingTerms: TermInput[] = [
  {
    id: 'scale-up',
    category: 'manufacturing',
    name: { en: 'Scale-up', zh: '工艺放大' },
    forms: {
      en: [
        'process scale-up',
        'manufacturing scale-up',
        'production scale-up',
        'commercial scale-up',
        'scale-up batch',
      ],
      zh: ['工艺放大', '放大生产', '生产放大', '中试放大', '规模放大', '放大研究'],
    },
    short: {
      en: 'Taking a manufacturing process from lab or pilot scale to larger clinical and commercial batch sizes while keeping the product the same. Scale-up problems are a common cause of programme delays and supply shortfalls.',
      zh: '将生产工艺从实验室或中试规模逐级放大到临床及商业化批量，同时保证产品质量不变。放大不顺是项目延误和供应不足的常见原因。',
    },
    details: {
      en: 'Scale-up usually runs from lab to pilot plant (or kilo lab) to commercial equipment, and mixing, heat transfer, filtration and drying all behave differently in bigger vessels, so parameters have to be re-established at each step. It sits between process development and process validation and often coincides with a tech transfer to a CDMO or a new site. Increasing batch size after approval is a regulated change (FDA SUPAC guidances in the US, NMPA post-approval change rules in China). In Chinese, 中试放大 refers specifically to the pilot stage.',
      zh: '放大通常经历小试、中试到商业化生产，设备变大后混合、传热、过滤和干燥等行为都会改变，因此每一级都要重新确认工艺参数。它位于工艺开发与工艺验证之间，常伴随向CDMO或新厂区的技术转移。上市后扩大批量属于药品变更，美国按SUPAC系列指南、我国按上市后变更管理要求开展研究和申报。中文“中试放大”专指中试阶段。',
    },
    differences: [
      {
        term: 'tech-transfer',
        en: 'Scale-up changes the batch size of a process; tech transfer moves a process, at whatever scale, from one team or site to another.',
        zh: '工艺放大改变的是批量规模；技术转移则是把工艺（无论规模大小）从一个团队或场地转移到另一个。',
      },
      {
        term: 'process-validation',
        en: 'Scale-up establishes the process at commercial scale; process validation then shows with PPQ batches that it runs consistently there.',
        zh: '工艺放大是在商业化规模上建立工艺；工艺验证随后以PPQ批次证明该工艺能够稳定运行。',
      },
    ],
    related: ['process-development', 'tech-transfer', 'process-validation', 'ppq', 'cdmo'],
    references: ['ICH Q8(R2)', 'FDA SUPAC-IR', '药品上市后变更管理办法（试行）'],
    cues: {
      en: ['batch size', 'pilot plant', 'pilot scale', 'commercial scale', 'kilo lab', 'litre', 'liter', 'reactor', 'tech transfer', 'manufacturing'],
      zh: ['中试', '小试', '批量', '商业化生产', '反应釜', '技术转移', '工艺', '产能'],
    },
  },
  {
    id: 'process-development',
    category: 'manufacturing',
    name: { en: 'Process development', zh: '工艺开发' },
    forms: {
      en: ['process development', 'process R&D', 'process research and development', 'bioprocess development'],
      zh: ['工艺开发', '工艺研发', '工艺路线开发'],
    },
    short: {
      en: 'Designing and optimising how a drug substance or drug product will be made (route, steps, conditions and controls) so it can be produced safely, reproducibly and at an acceptable cost. A core CDMO service line.',
      zh: '设计并优化原料药或制剂的生产方法，包括路线、步骤、条件和控制策略，使其能够安全、稳定、经济地生产。是CDMO的核心服务之一。',
    },
    details: {
      en: 'For small molecules it covers route scouting and selection, reaction optimisation, crystallisation and impurity control; for biologics it covers cell culture, purification and formulation development. It runs from late discovery through Phase 3, and the process is locked before validation batches. CDMO relationships often start with process development work that later converts into clinical and commercial supply. Chinese news often writes 工艺研发 and groups it with analytical development as CMC work (药学研究).',
      zh: '小分子的工艺开发包括路线筛选与确定、反应优化、结晶和杂质控制；生物药则包括细胞培养、纯化和制剂开发。它从临床前一直持续到III期，在工艺验证前锁定工艺。与CDMO的合作常从工艺开发起步，之后延续为临床和商业化供应。中文报道常称“工艺研发”，并与分析方法开发一起归入CMC（药学研究）。',
    },
    differences: [
      {
        term: 'process-validation',
        en: 'Process development designs and optimises the process; process validation confirms that the finished process consistently delivers product of the required quality.',
        zh: '工艺开发负责设计和优化工艺；工艺验证则确认定型后的工艺能够持续生产出符合质量要求的产品。',
      },
      {
        term: 'scale-up',
        en: 'Process development decides how the product is made; scale-up takes that process to larger batch sizes.',
        zh: '工艺开发决定产品“怎么做”；工艺放大则把这一工艺推向更大的批量。',
      },
    ],
    related: ['scale-up', 'qbd', 'cmc', 'cdmo', 'tech-transfer', 'process-validation'],
    references: ['ICH Q8(R2)', 'ICH Q11'],
    cues: {
      en: ['route', 'synthesis', 'yield', 'cdmo', 'cmc', 'chemistry', 'optimization', 'optimisation', 'purification', 'formulation', 'manufacturing'],
      zh: ['路线', '合成', '收率', '优化', '纯化', '中试', '药学研究', '制剂', '生产'],
    },
  },
  {
    id: 'analytical-method-validation',
    category: 'manufacturing',
    name: { en: 'Analytical method validation', zh: '分析方法验证' },
    forms: {
      en: [
        'analytical method validation',
        'analytical procedure validation',
        'validation of analytical procedures',
        'test method validation',
        'method validation',
      ],
      zh: ['分析方法验证', '方法学验证', '分析方法学验证', '检验方法验证'],
    },
    short: {
      en: 'Documented proof that a test method, such as an HPLC assay or impurity method, is fit for its intended use: accurate, precise, specific and reliable over its range. Methods used for release and stability testing must be validated.',
      zh: '以书面证据证明某一检验方法（如HPLC含量或有关物质方法）适合预期用途，具备准确度、精密度、专属性等性能。放行和稳定性检验所用方法都须经过验证。',
    },
    details: {
      en: 'ICH Q2(R2) lists the characteristics to assess depending on the method type, such as specificity, accuracy, precision, linearity and range, detection and quantitation limits, and robustness; ICH Q14 covers how methods are developed. Methods are qualified for early clinical use and fully validated before pivotal and commercial use, then transferred to QC or CDMO labs. Weak method validation is a frequent CMC deficiency in reviews and inspections. Chinese practice usually says 方法学验证, and pharmacopoeial methods normally need only verification (方法确认).',
      zh: 'ICH Q2(R2)按方法类型列出需要考察的项目，如专属性、准确度、精密度、线性与范围、检测限和定量限、耐用性；ICH Q14则规范方法的开发。早期临床阶段通常只做方法确认或部分验证，关键临床和商业化前完成全面验证，随后转移至QC或CDMO实验室。验证不充分是审评和检查中常见的CMC缺陷。国内常称“方法学验证”；药典收载的方法一般只需进行方法确认。',
    },
    differences: [
      {
        term: 'process-validation',
        en: 'Analytical method validation proves that a test method works; process validation proves that the manufacturing process works.',
        zh: '分析方法验证证明的是检验方法可靠；工艺验证证明的是生产工艺可靠。',
      },
      {
        term: 'qc',
        en: 'QC uses validated methods to test materials and batches; method validation is the work that makes those methods trustworthy in the first place.',
        zh: 'QC用经过验证的方法检验物料和批次；分析方法验证则是让这些方法值得信赖的前提工作。',
      },
    ],
    related: ['validation', 'qc', 'stability-study', 'impurity', 'cmc'],
    references: ['ICH Q2(R2)', 'ICH Q14', 'USP <1225>', '《中国药典》分析方法验证指导原则'],
    cues: {
      en: ['hplc', 'assay', 'specificity', 'accuracy', 'precision', 'linearity', 'robustness', 'qc lab', 'release testing', 'reference standard', 'analytical'],
      zh: ['液相', '含量测定', '专属性', '准确度', '精密度', '线性', '耐用性', '检测限', '质量标准', '分析方法'],
    },
  },
  {
    id: 'cell-line-development',
    category: 'manufacturing',
    name: { en: 'Cell line development', zh: '细胞株构建' },
    forms: {
      en: ['cell line development', 'cell line construction', 'CLD'],
      zh: ['细胞株构建', '细胞株开发', '细胞系开发', '细胞系构建', '细胞株筛选'],
    },
    short: {
      en: 'Creating a stable, high-producing production cell line derived from a single cell (usually CHO) for a biologic, and banking it. It is the first CMC step for an antibody and fixes yield and quality for the product\'s life.',
      zh: '为生物药构建稳定、高表达、源自单个细胞的生产细胞株（多为CHO细胞）并建立细胞库。它是抗体药CMC的第一步，奠定产品整个生命周期的产量与质量基础。',
    },
    details: {
      en: 'The gene of interest is transfected into host cells, pools are screened, and clones are picked for titre, growth, product quality and stability over many generations; monoclonality must be documented. The chosen clone becomes a research cell bank and then GMP master and working cell banks, characterised under ICH Q5D and tested for viral safety under ICH Q5A. CLD timelines gate toxicology material and the IND, so CDMOs compete on speed and proprietary host-cell platforms. Chinese uses 细胞株 and 细胞系 interchangeably.',
      zh: '将目的基因转染宿主细胞，经细胞池筛选和单克隆挑选，按表达量、生长、产品质量和传代稳定性确定生产克隆，并须证明其单克隆来源。选定克隆先建研究细胞库，再在GMP条件下建立主细胞库和工作细胞库，按ICH Q5D进行表征、按ICH Q5A评价病毒安全性。细胞株构建周期决定毒理批和IND的时间，CDMO常以构建速度和自有宿主细胞平台竞争。中文“细胞株”与“细胞系”通用。',
    },
    differences: [
      {
        term: 'upstream-processing',
        en: 'Cell line development creates the production cells; upstream processing grows them in bioreactors to make the product.',
        zh: '细胞株构建负责“造出”生产细胞；上游工艺则在生物反应器中培养这些细胞来生产产品。',
      },
    ],
    related: ['upstream-processing', 'bioreactor', 'biologics', 'mab', 'process-development', 'cdmo'],
    references: ['ICH Q5D', 'ICH Q5A(R2)', 'ICH Q5B'],
    cues: {
      en: ['cho', 'clone', 'clonal', 'titer', 'titre', 'cell bank', 'transfection', 'host cell', 'monoclonality', 'antibody', 'expression', 'biologics'],
      zh: ['克隆', '表达量', '细胞库', '转染', '宿主细胞', '单克隆', '抗体', '稳转', '滴度', '生物药'],
    },
    otherSenses: [
      {
        id: 'chronic_liver_disease',
        expansion: { en: 'Chronic Liver Disease', zh: '慢性肝病' },
        short: {
          en: 'Long-term liver damage from causes such as viral hepatitis, alcohol or fatty liver disease, which can progress to cirrhosis.',
          zh: '由病毒性肝炎、酒精或脂肪肝等引起的长期肝损伤，可进展为肝硬化。',
        },
        cues: {
          en: ['liver', 'hepatic', 'cirrhosis', 'fibrosis', 'hepatitis', 'mash', 'nash', 'patients', 'fatty liver'],
          zh: ['肝', '肝硬化', '肝纤维化', '肝炎', '脂肪肝', '患者'],
        },
      },
      {
        id: 'chronic_lung_disease',
        expansion: { en: 'Chronic Lung Disease', zh: '慢性肺病' },
        short: {
          en: 'Long-lasting lung disease; in neonatal care the term usually refers to bronchopulmonary dysplasia in preterm infants.',
          zh: '长期存在的肺部疾病；在新生儿医学中通常指早产儿支气管肺发育不良。',
        },
        cues: {
          en: ['lung', 'pulmonary', 'respiratory', 'preterm', 'infants', 'bronchopulmonary', 'oxygen', 'neonatal'],
          zh: ['肺', '呼吸', '早产儿', '新生儿', '支气管', '氧疗'],
        },
      },
    ],
  },
  {
    id: 'upstream-processing',
    category: 'manufacturing',
    name: { en: 'Upstream processing', zh: '上游工艺' },
    forms: {
      en: ['upstream processing', 'upstream process', 'upstream bioprocessing'],
      zh: ['上游工艺', '上游生产工艺', '细胞培养工艺'],
    },
    short: {
      en: 'The first half of biologics manufacturing: thawing cells from the cell bank, expanding them and growing them in bioreactors to make the product (such as an antibody), up to harvest. Judged by titre and batch volume.',
      zh: '生物药生产的前半段：从细胞库复苏细胞，经逐级扩增后在生物反应器中培养并表达产品（如抗体），直至收获。常以表达滴度和批次体积衡量。',
    },
    details: {
      en: 'Upstream covers media and feed design, the seed train, the production bioreactor run (fed-batch or perfusion) and harvest by centrifugation or depth filtration. Modern antibody processes reach titres of several grams per litre, and higher titres lower cost of goods, which is why CDMOs advertise their upstream platforms. It is paired with downstream processing, and industry documents often abbreviate the two as USP and DSP.',
      zh: '上游包括培养基与补料设计、种子扩增、生产反应器培养（流加或灌流）以及离心或深层过滤收获。现代抗体工艺的表达量可达每升数克，滴度越高单位生产成本越低，因此CDMO常以上游平台作为卖点。上游与下游工艺相对应，行业文件中也常用英文缩写USP和DSP。',
    },
    differences: [
      {
        term: 'downstream-processing',
        en: 'Upstream processing makes the product in living cells; downstream processing purifies it from the harvested culture.',
        zh: '上游工艺在活细胞中生产出产品；下游工艺则从收获液中把产品纯化出来。',
      },
      {
        term: 'cell-line-development',
        en: 'Cell line development creates the cells once; upstream processing grows them for every batch.',
        zh: '细胞株构建只需做一次，用于获得生产细胞；上游工艺则在每一批生产中培养这些细胞。',
      },
    ],
    related: ['downstream-processing', 'bioreactor', 'cell-line-development', 'single-use-technology', 'biologics'],
    references: ['ICH Q11', 'ICH Q5A(R2)', 'EU GMP Annex 2'],
    cues: {
      en: ['cell culture', 'bioreactor', 'fed-batch', 'perfusion', 'titer', 'titre', 'media', 'harvest', 'seed train', 'biologics', 'cho'],
      zh: ['细胞培养', '生物反应器', '流加', '灌流', '滴度', '表达量', '培养基', '收获', '补料'],
    },
  },
  {
    id: 'downstream-processing',
    category: 'manufacturing',
    name: { en: 'Downstream processing', zh: '下游工艺' },
    expansion: { en: 'Downstream Processing', zh: '下游工艺' },
    forms: {
      en: ['downstream processing', 'downstream bioprocessing', 'downstream purification', 'DSP'],
      zh: ['下游工艺', '下游纯化', '纯化工艺', '分离纯化', '下游生产工艺'],
    },
    short: {
      en: 'The purification half of biologics manufacturing: clarifying the harvest, capturing the product (often by Protein A chromatography), removing impurities and viruses, and concentrating it into drug substance.',
      zh: '生物药生产的纯化阶段：对收获液进行澄清，经捕获（常用Protein A层析）、精纯去除杂质、病毒灭活与去除，最后浓缩换液得到原液。',
    },
    details: {
      en: 'A typical antibody sequence is Protein A capture, low-pH viral inactivation, one or two polishing chromatography steps, virus filtration and ultrafiltration/diafiltration. It must bring host-cell proteins, DNA and aggregates below set limits, and its viral clearance is demonstrated under ICH Q5A. As upstream titres rise, resin volume and column size often become the plant bottleneck. In Chinese the purified biologic drug substance is called 原液.',
      zh: '典型抗体纯化流程为Protein A亲和捕获、低pH病毒灭活、一至两步精纯层析、除病毒过滤和超滤/渗滤。该阶段须将宿主细胞蛋白、DNA和聚体降至限度以下，并按ICH Q5A验证病毒清除能力。随着上游表达量提高，层析填料用量和柱规模常成为产能瓶颈。纯化所得的生物药原料药在中文中称为“原液”。',
    },
    differences: [
      {
        term: 'upstream-processing',
        en: 'Downstream processing purifies the product; upstream processing produces it in cell culture.',
        zh: '下游工艺负责纯化产品；上游工艺负责通过细胞培养生产产品。',
      },
      {
        term: 'drug-substance',
        en: 'Downstream processing is the set of purification steps; drug substance is the material that comes out of them.',
        zh: '下游工艺是一系列纯化步骤；原料药（原液）是这些步骤的产出物。',
      },
    ],
    related: ['upstream-processing', 'drug-substance', 'impurity', 'biologics', 'single-use-technology'],
    references: ['ICH Q5A(R2)', 'ICH Q6B', 'ICH Q11'],
    cues: {
      en: ['purification', 'chromatography', 'protein a', 'resin', 'viral clearance', 'viral inactivation', 'ultrafiltration', 'diafiltration', 'host cell protein', 'biologics', 'harvest', 'upstream'],
      zh: ['纯化', '层析', '填料', '病毒灭活', '病毒清除', '超滤', '宿主细胞蛋白', '原液', '收获液', '上游'],
    },
    otherSenses: [
      {
        id: 'digital_signal_processor',
        expansion: { en: 'Digital Signal Processor', zh: '数字信号处理器' },
        short: {
          en: 'A microprocessor specialised for fast processing of signals such as audio, video or radio data.',
          zh: '专门用于快速处理音频、视频或无线信号等数据的微处理器。',
        },
        cues: {
          en: ['chip', 'audio', 'signal', 'processor', 'fpga', 'semiconductor', 'cores', 'firmware', 'embedded'],
          zh: ['芯片', '信号', '音频', '处理器', '半导体', '嵌入式'],
        },
      },
      {
        id: 'demand_side_platform',
        expansion: { en: 'Demand-Side Platform', zh: '需求方平台' },
        short: {
          en: 'Advertising software that lets advertisers buy online ad inventory automatically through real-time bidding.',
          zh: '广告主通过实时竞价自动购买网络广告位的程序化投放平台。',
        },
        cues: {
          en: ['advertising', 'programmatic', 'ad', 'adtech', 'bidding', 'publishers', 'advertisers', 'campaign'],
          zh: ['广告', '程序化', '投放', '竞价', '广告主', '流量'],
        },
      },
    ],
  },
  {
    id: 'bioreactor',
    category: 'manufacturing',
    name: { en: 'Bioreactor', zh: '生物反应器' },
    forms: {
      en: ['bioreactor'],
      zh: ['生物反应器'],
    },
    short: {
      en: 'A controlled vessel in which cells or microbes grow and make a biologic, with temperature, pH, oxygen and feeding tightly regulated. Biologics capacity is usually quoted in litres of bioreactor volume.',
      zh: '在严格控制温度、pH、溶氧和补料的条件下培养细胞或微生物、生产生物药的容器。生物药产能通常以生物反应器总体积（升）计算。',
    },
    details: {
      en: 'Most biologics are made in stirred-tank bioreactors, either stainless steel (often 10,000 L or more) or single-use bag systems (mostly up to about 2,000 L, with a few larger models). Scaling out with several single-use units versus building one large steel tank is a key plant-design choice. Capacity announcements such as "adding 48,000 L" refer to total bioreactor volume, and how much of it is used drives CDMO economics. Microbial processes usually call the vessel a fermenter (发酵罐).',
      zh: '生物药多采用搅拌式生物反应器，分为不锈钢罐（常见1万升及以上）和一次性袋式反应器（多在2,000升以内，少数型号更大）。用多台一次性反应器“横向扩展”还是建大型不锈钢罐，是建厂的关键决策。新闻中“新增X万升产能”指反应器总体积，其利用率直接决定CDMO的盈利。微生物发酵工艺中多称“发酵罐”。',
    },
    differences: [
      {
        term: 'single-use-technology',
        en: 'A bioreactor is the culture vessel; single-use technology is one way of building it, with disposable bags instead of stainless steel.',
        zh: '生物反应器是培养容器本身；一次性技术是其实现方式之一，即用一次性袋子替代不锈钢罐体。',
      },
    ],
    related: ['upstream-processing', 'single-use-technology', 'capacity-utilization', 'cell-line-development', 'scale-up'],
    references: ['EU GMP Annex 2', 'ICH Q7'],
    cues: {
      en: ['litre', 'liter', 'capacity', 'cell culture', 'stainless steel', 'single-use', 'fermentation', 'biologics', 'titer', 'scale', 'upstream'],
      zh: ['升', '产能', '细胞培养', '不锈钢', '一次性', '发酵', '生物药', '规模', '上游'],
    },
  },
  {
    id: 'single-use-technology',
    category: 'manufacturing',
    name: { en: 'Single-use technology', zh: '一次性技术' },
    forms: {
      en: ['single-use technology', 'single-use system', 'single-use bioprocessing', 'single-use bioreactor'],
      zh: ['一次性技术', '一次性使用系统', '一次性使用技术', '一次性生物反应器'],
    },
    short: {
      en: 'Pre-sterilised plastic bags, tubing, connectors and filters that are used once and discarded instead of cleaned stainless-steel equipment. It speeds up changeovers and new plant builds, especially in biologics and CDMO facilities.',
      zh: '以预先灭菌、用后即弃的塑料袋、管路、连接件和过滤器替代需清洗的不锈钢设备。可缩短换产时间和建厂周期，广泛用于生物药和CDMO工厂。',
    },
    details: {
      en: 'Single-use systems remove most cleaning and cleaning-validation work and lower the risk of cross-contamination, which makes multi-product plants and quick campaign switches practical. The trade-offs are recurring consumable costs, plastic waste, extractables and leachables that must be assessed, and dependence on a few suppliers; shortages hit the industry during COVID-19. Chinese media say 一次性技术 or 一次性使用系统, and domestic substitution of these consumables (国产替代) is a recurring theme.',
      zh: '一次性系统省去大部分清洗及清洁验证工作，降低交叉污染风险，使多产品共线和快速换产成为可能。代价是持续的耗材成本、塑料废弃物、需要评估的可提取物与浸出物，以及对少数供应商的依赖，新冠疫情期间曾出现严重短缺。国内常称“一次性技术”或“一次性使用系统”，相关耗材的国产替代是行业热点。',
    },
    differences: [
      {
        term: 'bioreactor',
        en: 'Single-use technology covers many disposable components; a single-use bioreactor is just one of them.',
        zh: '一次性技术涵盖多种一次性组件；一次性生物反应器只是其中一种。',
      },
      {
        term: 'cleaning-validation',
        en: 'Cleaning validation is needed for reusable equipment; single-use technology largely avoids it by discarding the product-contact parts.',
        zh: '清洁验证针对可重复使用的设备；一次性技术通过丢弃与产品接触的部件，基本免去了这项工作。',
      },
    ],
    related: ['bioreactor', 'upstream-processing', 'downstream-processing', 'cleaning-validation', 'cdmo'],
    references: ['USP <665>', 'EU GMP Annex 1'],
    cues: {
      en: ['bags', 'disposable', 'consumables', 'tubing', 'connectors', 'extractables', 'leachables', 'stainless steel', 'bioprocess', 'bioreactor', 'supplier'],
      zh: ['一次性', '耗材', '管路', '连接件', '可提取物', '浸出物', '不锈钢', '国产替代', '生物工艺', '供应商'],
    },
  },
  {
    id: 'continuous-manufacturing',
    category: 'manufacturing',
    name: { en: 'Continuous manufacturing', zh: '连续制造' },
    forms: {
      en: ['continuous manufacturing', 'continuous processing', 'continuous bioprocessing'],
      zh: ['连续制造', '连续化生产', '连续生产工艺'],
    },
    short: {
      en: 'Making a drug in an uninterrupted flow, with materials fed in and product coming out continuously, instead of in separate batches. It can shrink plants and improve consistency; ICH Q13 sets the framework.',
      zh: '原料持续投入、产品持续产出的不间断生产方式，区别于传统的分批生产。可缩小厂房占地并提高质量一致性，ICH Q13为其提供了监管框架。',
    },
    details: {
      en: 'Continuous lines are used for oral solid doses (feeding, blending and tableting in one train), for flow chemistry in API synthesis and, increasingly, for perfusion culture and connected purification in biologics. They depend on PAT and real-time control, and a "batch" is defined by time or quantity. FDA has promoted the approach since the first products made this way were approved in the mid-2010s, and ICH Q13 (2022) harmonised expectations. In Chinese, 连续生产 can also just mean "consecutive batches", so 连续制造 is the clearer term.',
      zh: '连续制造已用于口服固体制剂（加料、混合、压片一体化）、原料药的连续流合成，并逐步用于生物药的灌流培养与连续纯化。它依赖过程分析技术和实时控制，“批”按时间或物料量来界定。美国FDA自2010年代中期首批连续制造产品获批以来积极推动，ICH Q13于2022年统一了监管要求。中文“连续生产”有时仅指“连续几批”，“连续制造”的说法更明确。',
    },
    differences: [
      {
        term: 'pat',
        en: 'Continuous manufacturing is a way of running production; PAT is the real-time measurement that makes it controllable.',
        zh: '连续制造是一种生产运行方式；PAT是使其可控的实时测量手段。',
      },
      {
        term: 'scale-up',
        en: 'Batch processes grow output by scale-up to bigger equipment; continuous lines often grow it simply by running longer.',
        zh: '分批生产通过放大设备来提高产量；连续生产线往往只需延长运行时间。',
      },
    ],
    related: ['pat', 'qbd', 'scale-up', 'process-development', 'osd'],
    references: ['ICH Q13', 'ICH Q8(R2)', 'ICH Q10'],
    cues: {
      en: ['flow', 'real-time', 'pat', 'batch', 'residence time', 'tableting', 'flow chemistry', 'perfusion', 'plant', 'footprint', 'ich q13'],
      zh: ['连续', '实时', '批次', '停留时间', '压片', '连续流', '灌流', '过程分析', '厂房'],
    },
  },
  {
    id: 'pat',
    category: 'manufacturing',
    name: { en: 'PAT', zh: 'PAT' },
    expansion: { en: 'Process Analytical Technology', zh: '过程分析技术' },
    forms: {
      en: ['PAT', 'Process Analytical Technology'],
      zh: ['过程分析技术'],
    },
    short: {
      en: 'Measuring critical quality and process attributes in-line or on-line during manufacturing (e.g. by NIR or Raman spectroscopy) so the process is understood and controlled in real time, not only by end-product testing.',
      zh: '在生产过程中在线或线内测量关键质量和工艺属性（如近红外、拉曼光谱），以实时理解和控制工艺，而不仅依靠成品检验。',
    },
    details: {
      en: 'FDA\'s 2004 PAT guidance presented it as a way to build quality in through timely measurement, and it is a key enabler of QbD, continuous manufacturing and real-time release testing. Typical tools are spectroscopic probes, particle-size analysers and multivariate models linked to process control. Adopting PAT takes investment in equipment, data systems and regulatory filings, so news usually mentions it alongside plant modernisation or continuous lines. Chinese uses 过程分析技术 or simply PAT.',
      zh: 'FDA于2004年发布PAT指南，主张通过及时测量把质量“内建”于工艺之中；PAT是质量源于设计、连续制造和实时放行检测的关键支撑。常见手段包括光谱探头、粒度分析仪以及与过程控制相连的多变量模型。引入PAT需要在设备、数据系统和注册申报上投入，新闻中多与工厂升级或连续生产线一同出现。中文称“过程分析技术”，也常直接写PAT。',
    },
    differences: [
      {
        term: 'qc',
        en: 'QC tests samples in the lab after a step is finished; PAT measures during the process, often without taking samples.',
        zh: 'QC在工序完成后取样送实验室检验；PAT则在过程中实时测量，往往无需取样。',
      },
      {
        term: 'continuous-manufacturing',
        en: 'PAT is a measurement approach usable in any process; continuous manufacturing is a production mode that relies heavily on it.',
        zh: 'PAT是可用于任何工艺的测量手段；连续制造是一种高度依赖PAT的生产方式。',
      },
    ],
    related: ['qbd', 'continuous-manufacturing', 'cpp', 'cqa', 'qc'],
    references: [
      'FDA Guidance: PAT — A Framework for Innovative Pharmaceutical Development, Manufacturing, and Quality Assurance (2004)',
      'ICH Q8(R2)',
      'ICH Q13',
    ],
    cues: {
      en: ['in-line', 'on-line', 'real-time', 'spectroscopy', 'nir', 'raman', 'manufacturing', 'qbd', 'continuous', 'control strategy', 'probe', 'process'],
      zh: ['在线', '实时', '光谱', '近红外', '拉曼', '工艺', '生产', '控制策略', '连续制造'],
    },
    otherSenses: [
      {
        id: 'port_address_translation',
        expansion: { en: 'Port Address Translation', zh: '端口地址转换' },
        short: {
          en: 'A networking technique in which a router maps many private IP addresses to one public address using port numbers; a form of NAT.',
          zh: '路由器利用端口号将多个私有IP地址映射到一个公网地址的网络技术，是NAT的一种。',
        },
        cues: {
          en: ['nat', 'router', 'ip address', 'firewall', 'network', 'port', 'cisco', 'interface'],
          zh: ['路由器', '地址转换', '端口', '网络', '防火墙', '公网'],
        },
      },
    ],
  },
  {
    id: 'qbd',
    category: 'manufacturing',
    name: { en: 'QbD', zh: 'QbD' },
    expansion: { en: 'Quality by Design', zh: '质量源于设计' },
    forms: {
      en: ['QbD', 'Quality by Design'],
      zh: ['质量源于设计'],
    },
    short: {
      en: 'A systematic development approach: start from the target product profile, identify critical quality attributes, and link them through risk assessment and experiments to material attributes and process parameters to build a control strategy.',
      zh: '一种系统化的药品开发方法：从目标产品质量概况出发，确定关键质量属性，通过风险评估和实验将其与物料属性、工艺参数关联，进而建立控制策略。',
    },
    details: {
      en: 'QbD is set out in ICH Q8(R2) and supported by Q9 (quality risk management), Q10 (pharmaceutical quality system) and Q11 (drug substance development). Its tools include the quality target product profile (QTPP), CQAs, CPPs, design of experiments and an optional design space, within which adjustments are not treated as changes. It shifts the emphasis from testing quality into the product to understanding the process, and regulators, NMPA included, increasingly expect QbD elements in dossiers.',
      zh: 'QbD的框架见ICH Q8(R2)，并以Q9（质量风险管理）、Q10（药品质量体系）和Q11（原料药开发与生产）为支撑。主要工具包括目标产品质量概况（QTPP）、关键质量属性、关键工艺参数、实验设计以及可选的设计空间，在获批的设计空间内调整不视为变更。它把重心从“检验出质量”转向“理解工艺”，包括国家药监局在内的各国监管机构越来越期望申报资料体现QbD要素。',
    },
    differences: [
      {
        term: 'cqa',
        en: 'QbD is the overall development approach; CQAs are one of its building blocks.',
        zh: 'QbD是整体的开发理念；关键质量属性只是其中的一个组成要素。',
      },
      {
        term: 'process-validation',
        en: 'QbD builds process understanding during development; process validation confirms the resulting process before and during commercial production.',
        zh: 'QbD在开发阶段建立对工艺的理解；工艺验证则在商业化生产前及生产过程中确认由此形成的工艺。',
      },
    ],
    related: ['cqa', 'cpp', 'pat', 'process-development', 'process-validation', 'cmc'],
    references: ['ICH Q8(R2)', 'ICH Q9(R1)', 'ICH Q10', 'ICH Q11'],
    cues: {
      en: ['design space', 'control strategy', 'risk assessment', 'doe', 'qtpp', 'development', 'ich q8', 'process understanding', 'critical quality attributes', 'pharmaceutical'],
      zh: ['设计空间', '控制策略', '风险评估', '实验设计', '目标产品', '工艺理解', '关键质量属性', '药学研究'],
    },
  },
  {
    id: 'cqa',
    category: 'manufacturing',
    name: { en: 'CQA', zh: 'CQA' },
    expansion: { en: 'Critical Quality Attribute', zh: '关键质量属性' },
    forms: {
      en: ['CQA', 'Critical Quality Attribute'],
      zh: ['关键质量属性'],
    },
    short: {
      en: 'A physical, chemical, biological or microbiological property of a product that must stay within a set limit or range to ensure its intended quality, e.g. assay, impurities, glycosylation or sterility.',
      zh: '为保证预期质量，必须控制在规定限度或范围内的产品理化、生物学或微生物学特性，如含量、杂质、糖基化或无菌。',
    },
    details: {
      en: 'CQAs are derived from the quality target product profile and ranked by their impact on safety and efficacy. They determine which process parameters are critical, what goes into the specification and what is tracked in stability studies. For biologics, CQAs such as charge variants, aggregates and glycan profile are central to comparability after process changes and to biosimilar similarity assessments.',
      zh: 'CQA由目标产品质量概况推导而来，并按其对安全性和有效性的影响评定风险。它决定哪些工艺参数属于关键参数、质量标准包含哪些项目以及稳定性研究监测哪些指标。对生物药而言，电荷变异体、聚体、糖型等CQA是工艺变更可比性研究和生物类似药相似性评价的核心。',
    },
    differences: [
      {
        term: 'cpp',
        en: 'A CQA is a property of the product; a CPP is a setting of the process that affects a CQA.',
        zh: 'CQA是产品的特性；CPP是会影响CQA的工艺设定。',
      },
    ],
    related: ['cpp', 'qbd', 'impurity', 'stability-study', 'biosimilar'],
    references: ['ICH Q8(R2)', 'ICH Q6A', 'ICH Q6B', 'ICH Q5E'],
    cues: {
      en: ['quality', 'attribute', 'specification', 'process parameter', 'qbd', 'control strategy', 'product quality', 'impurity', 'potency', 'glycosylation', 'comparability'],
      zh: ['质量', '属性', '质量标准', '工艺参数', '控制策略', '杂质', '效价', '糖基化', '可比性'],
    },
    otherSenses: [
      {
        id: 'certified_quality_auditor',
        expansion: { en: 'Certified Quality Auditor', zh: '注册质量审核员' },
        short: {
          en: 'A professional certification for quality-system auditors awarded by ASQ; usually seen in job ads and biographies.',
          zh: '美国质量协会（ASQ）颁发的质量体系审核员职业资格，多见于招聘信息和个人简介。',
        },
        cues: {
          en: ['asq', 'certification', 'certified', 'auditor', 'resume', 'job', 'credential', 'exam'],
          zh: ['认证', '证书', '审核员', '招聘', '资格', '考试'],
        },
      },
    ],
  },
  {
    id: 'cpp',
    category: 'manufacturing',
    name: { en: 'CPP', zh: 'CPP' },
    expansion: { en: 'Critical Process Parameter', zh: '关键工艺参数' },
    forms: {
      en: ['CPP', 'Critical Process Parameter'],
      zh: ['关键工艺参数'],
    },
    short: {
      en: 'A process parameter (e.g. temperature, pH or mixing time) whose variation affects a critical quality attribute and which must therefore be monitored or controlled to keep the product within specification.',
      zh: '其波动会影响关键质量属性、因而必须监测或控制的工艺参数，如温度、pH、混合时间，以保证产品符合质量标准。',
    },
    details: {
      en: 'CPPs are identified through risk assessment and experiments during process development, and each gets a proven acceptable range. They are written into batch records and the control strategy, confirmed during process validation, and changing them is usually a reportable change. In regulatory dossiers CPP also often means the WHO-format Certificate of Pharmaceutical Product, which is unrelated.',
      zh: 'CPP在工艺开发中通过风险评估和实验确定，并为每个参数设定经证明的可接受范围。它们写入批生产记录和控制策略，在工艺验证中得到确认，变更通常需要申报。注意：在注册申报语境中，CPP也常指世界卫生组织格式的“药品证书”，两者毫不相干。',
    },
    differences: [
      {
        term: 'cqa',
        en: 'A CPP is a process setting; a CQA is the product property that the setting influences.',
        zh: 'CPP是工艺设定；CQA是受该设定影响的产品特性。',
      },
    ],
    related: ['cqa', 'qbd', 'process-validation', 'batch-record', 'pat'],
    references: ['ICH Q8(R2)', 'ICH Q11', 'FDA Guidance: Process Validation — General Principles and Practices (2011)'],
    cues: {
      en: ['process parameter', 'temperature', 'ph', 'acceptable range', 'control strategy', 'process validation', 'qbd', 'batch', 'setpoint', 'manufacturing', 'critical quality attribute'],
      zh: ['工艺参数', '温度', '范围', '控制策略', '工艺验证', '批次', '设定值', '关键质量属性', '生产'],
    },
    otherSenses: [
      {
        id: 'certificate_of_pharmaceutical_product',
        expansion: { en: 'Certificate of Pharmaceutical Product', zh: '药品证书' },
        short: {
          en: 'A WHO-format certificate from the exporting country\'s regulator confirming a product\'s approval and GMP status; many importing countries require it for registration.',
          zh: '由出口国药品监管机构按世界卫生组织格式出具、证明药品已获批准且符合GMP的证书，许多进口国注册时要求提供。',
        },
        cues: {
          en: ['certificate', 'export', 'registration', 'who', 'importing country', 'issued', 'legalized', 'embassy', 'dossier', 'emerging markets'],
          zh: ['证书', '出口', '注册', '世界卫生组织', '进口国', '出具', '海外注册', '公证'],
        },
      },
      {
        id: 'canada_pension_plan',
        expansion: { en: 'Canada Pension Plan', zh: '加拿大养老金计划' },
        short: {
          en: 'Canada\'s public pension plan; its investment arm, CPP Investments, is an active investor in life-science companies and royalty deals.',
          zh: '加拿大公共养老金计划，其投资机构CPP Investments活跃于生命科学公司投资和特许权使用费交易。',
        },
        cues: {
          en: ['investments', 'pension', 'fund', 'canada', 'investor', 'stake', 'royalty', 'cppib', 'financing'],
          zh: ['养老金', '加拿大', '投资', '基金', '入股', '融资'],
        },
      },
    ],
  },
  {
    id: 'cleanroom',
    category: 'manufacturing',
    name: { en: 'Cleanroom', zh: '洁净室' },
    forms: {
      en: ['cleanroom', 'clean room'],
      zh: ['洁净室', '洁净区', '洁净厂房', '洁净车间'],
    },
    short: {
      en: 'A room where airborne particles and microbes are held below set limits by filtered air, pressure cascades, gowning and cleaning, so drugs can be made without contamination. Graded A–D (EU, China) or by ISO class.',
      zh: '通过高效过滤送风、压差梯度、更衣和清洁消毒，将空气中粒子和微生物控制在规定限度内的房间，用于防止药品生产污染。按A至D级或ISO级别分级。',
    },
    details: {
      en: 'EU GMP Annex 1 and China\'s GMP annex on sterile products use grades A to D: A for high-risk aseptic operations, B as its background, C and D for less critical steps. ISO 14644-1 classifies rooms by particle counts, and FDA guidance refers to ISO classes. Cleanrooms are qualified and then monitored for particles and microbes during operation, and building and qualifying them is a large part of the cost and schedule of a new sterile plant. Chinese distinguishes 洁净室 (the room) from 洁净区 (the classified area).',
      zh: '欧盟GMP附录1和我国GMP附录《无菌药品》采用A、B、C、D四个级别：A级用于高风险无菌操作，B级为其背景环境，C、D级用于风险较低的步骤。ISO 14644-1按粒子浓度分级，FDA指南亦引用ISO级别。洁净室须经确认，运行中持续进行粒子和微生物环境监测，其建设和确认占无菌制剂新厂投资与工期的很大部分。中文“洁净室”指房间，“洁净区”指分级管理的区域。',
    },
    differences: [
      {
        term: 'aseptic-processing',
        en: 'A cleanroom is the controlled space; aseptic processing is the sterile operation carried out in its highest grade.',
        zh: '洁净室是受控的空间；无菌工艺是在其最高级别区域内进行的无菌操作。',
      },
    ],
    related: ['aseptic-processing', 'fill-finish', 'gmp', 'sterile-injectable'],
    references: ['EU GMP Annex 1', 'ISO 14644-1', '药品生产质量管理规范（2010年修订）附录1 无菌药品'],
    cues: {
      en: ['grade a', 'grade b', 'iso', 'particles', 'hvac', 'gowning', 'environmental monitoring', 'sterile', 'aseptic', 'contamination', 'hepa', 'gmp'],
      zh: ['悬浮粒子', '净化', '更衣', '环境监测', '无菌', '污染', '高效过滤器', '压差', '空调系统'],
    },
  },
  {
    id: 'aseptic-processing',
    category: 'manufacturing',
    name: { en: 'Aseptic processing', zh: '无菌工艺' },
    forms: {
      en: ['aseptic processing', 'aseptic process', 'aseptic manufacturing'],
      zh: ['无菌工艺', '无菌生产', '无菌生产工艺'],
    },
    short: {
      en: 'Making a sterile product by sterilising the drug, containers and closures separately and combining them in a Grade A environment; used when the product cannot survive terminal sterilisation, as with most biologics.',
      zh: '将药液、容器和胶塞分别灭菌后，在A级环境中组合成品的无菌生产方式，用于无法耐受最终灭菌的产品（如大多数生物药）。',
    },
    details: {
      en: 'With no final kill step, sterility assurance depends on facility design, isolators or RABS, operator behaviour, environmental monitoring and media fills (simulations that run growth medium through the line). The revised EU GMP Annex 1, in force since 2023, requires a contamination control strategy and pushes barrier technology. Aseptic lapses are a frequent cause of FDA warning letters and injectable recalls, and regulators expect terminal sterilisation wherever the product allows it.',
      zh: '由于没有最终灭菌步骤，无菌保证依赖厂房设计、隔离器或RABS、人员行为、环境监测以及培养基模拟灌装。2023年起实施的新版欧盟GMP附录1要求建立污染控制策略（CCS），并推动屏障技术的应用。无菌工艺缺陷是注射剂收到FDA警告信和被召回的常见原因；凡产品能够耐受，监管机构都要求优先采用最终灭菌。',
    },
    differences: [
      {
        term: 'fill-finish',
        en: 'Aseptic processing is a sterile way of working; fill-finish is the manufacturing stage where it is most often applied.',
        zh: '无菌工艺是一种无菌的操作方式；灌装是最常采用这种方式的生产环节。',
      },
      {
        term: 'cleanroom',
        en: 'Aseptic processing needs a cleanroom, but a cleanroom alone does not make a process aseptic.',
        zh: '无菌工艺离不开洁净室，但仅有洁净室并不能使工艺成为无菌工艺。',
      },
    ],
    related: ['cleanroom', 'fill-finish', 'sterile-injectable', 'lyophilization', 'warning-letter'],
    references: [
      'EU GMP Annex 1',
      'FDA Guidance: Sterile Drug Products Produced by Aseptic Processing (2004)',
      '药品生产质量管理规范（2010年修订）附录1 无菌药品',
    ],
    cues: {
      en: ['sterile', 'sterility', 'grade a', 'isolator', 'rabs', 'media fill', 'contamination', 'injectable', 'vial', 'filling', 'environmental monitoring'],
      zh: ['无菌', '隔离器', '培养基模拟灌装', '污染', '注射剂', '西林瓶', '灌装', '环境监测', '最终灭菌'],
    },
  },
  {
    id: 'fill-finish',
    category: 'manufacturing',
    name: { en: 'Fill-finish', zh: '灌装' },
    forms: {
      en: ['fill-finish', 'fill and finish', 'fill/finish'],
      zh: ['灌装封口', '无菌灌装', '制剂灌装', '灌装线', '灌装生产线'],
    },
    short: {
      en: 'The final manufacturing stage for injectables: filling the formulated drug into vials, syringes or cartridges, sealing, sometimes freeze-drying, then inspecting and labelling. Often outsourced to CDMOs and a frequent capacity bottleneck.',
      zh: '注射剂生产的最后环节：将配制好的药液灌入西林瓶、预灌封注射器或卡式瓶并封口（必要时冻干），再经灯检、贴签和包装。常外包给CDMO，也是常见的产能瓶颈。',
    },
    details: {
      en: 'Fill-finish is usually aseptic, run on high-speed lines inside Grade A isolators or RABS, and followed by 100% visual inspection for particles and defects. The COVID-19 vaccine rollout showed that fill-finish capacity, not just drug substance, can limit supply, and demand for GLP-1 drugs has driven new investment in syringe and cartridge lines. In Chinese the work is usually called 灌装 or 制剂灌装, but 灌装 alone is also used for beverages and chemicals.',
      zh: '灌装通常以无菌方式在A级隔离器或RABS内的高速生产线上进行，随后进行100%灯检以剔除可见异物和缺陷。新冠疫苗供应表明，制约供应的往往不只是原液，还有灌装产能；GLP-1类药物的需求也带动了预灌封和卡式瓶灌装线的新一轮投资。中文单说“灌装”也用于饮料、化工等行业，需结合语境判断。',
    },
    differences: [
      {
        term: 'aseptic-processing',
        en: 'Fill-finish is a manufacturing stage; aseptic processing is the sterile way it is usually carried out.',
        zh: '灌装是一个生产环节；无菌工艺是执行这一环节通常采用的无菌方式。',
      },
      {
        term: 'drug-product',
        en: 'Fill-finish is the step that turns bulk drug into packaged drug product.',
        zh: '灌装是把散装药液变为已包装的制剂成品的步骤。',
      },
    ],
    related: ['aseptic-processing', 'lyophilization', 'drug-product', 'sterile-injectable', 'cdmo', 'cleanroom'],
    references: ['EU GMP Annex 1', 'USP <790>', '药品生产质量管理规范（2010年修订）附录1 无菌药品'],
    cues: {
      en: ['vial', 'syringe', 'prefilled', 'cartridge', 'aseptic', 'injectable', 'filling line', 'visual inspection', 'lyophilized', 'sterile', 'cdmo', 'capacity'],
      zh: ['西林瓶', '预灌封', '卡式瓶', '无菌', '注射剂', '灯检', '冻干', '产能', '制剂', '胶塞'],
    },
  },
  {
    id: 'lyophilization',
    category: 'manufacturing',
    name: { en: 'Lyophilization', zh: '冻干' },
    forms: {
      en: ['lyophilization', 'lyophilisation', 'lyophilized', 'lyophilised', 'freeze-drying', 'freeze-dried'],
      zh: ['冻干', '冷冻干燥'],
    },
    short: {
      en: 'Removing water from a frozen drug under vacuum (freeze-drying) to give a stable powder that is reconstituted before use. Common for biologics, vaccines and injectables that are unstable as liquids.',
      zh: '在真空下去除冷冻药液中水分的冷冻干燥工艺，得到临用前复溶的稳定粉末。常用于生物药、疫苗和液态不稳定的注射剂。',
    },
    details: {
      en: 'A cycle has three stages: freezing, primary drying (ice sublimes under vacuum) and secondary drying (bound water is desorbed), and it can take several days. It extends shelf life and can ease cold-chain demands, at the price of long cycles, costly freeze-dryers and an extra reconstitution step for users. Lyophilisation capacity is a specialised fill-finish offering among CDMOs. Chinese calls lyophilised injections 冻干粉针.',
      zh: '冻干周期分为预冻、一次干燥（冰在真空下升华）和二次干燥（解吸结合水）三个阶段，往往需要数天。冻干可延长有效期、降低对冷链的依赖，但周期长、设备昂贵，使用时还需复溶。冻干能力是CDMO灌装服务中的一项专门能力。中文将冻干注射剂称为“冻干粉针”。',
    },
    differences: [
      {
        term: 'fill-finish',
        en: 'Lyophilisation is an optional step within fill-finish, used for products that are unstable as liquids.',
        zh: '冻干是灌装环节中的可选步骤，用于液态不稳定的产品。',
      },
    ],
    related: ['fill-finish', 'aseptic-processing', 'stability-study', 'cold-chain', 'biologics', 'vaccine'],
    references: ['EU GMP Annex 1', 'FDA Guide to Inspections of Lyophilization of Parenterals'],
    cues: {
      en: ['vial', 'powder', 'reconstitution', 'reconstituted', 'freeze-dryer', 'lyophilizer', 'sublimation', 'injectable', 'shelf life', 'cycle', 'vacuum'],
      zh: ['粉针', '复溶', '冻干机', '升华', '注射剂', '有效期', '西林瓶', '真空'],
    },
  },
  {
    id: 'stability-study',
    category: 'manufacturing',
    name: { en: 'Stability study', zh: '稳定性研究' },
    forms: {
      en: ['stability study', 'stability testing', 'stability program', 'stability programme'],
      zh: ['稳定性研究', '稳定性试验', '稳定性考察'],
    },
    short: {
      en: 'Storing batches of a drug under defined temperature and humidity and testing them over time to set its shelf life (or retest period) and storage conditions. Stability data are required in every marketing application.',
      zh: '将药品批次置于规定的温湿度条件下储存并定期检测，以确定有效期（或复检期）和贮藏条件。稳定性数据是上市申请的必备内容。',
    },
    details: {
      en: 'ICH Q1A(R2) sets the standard design: long-term (e.g. 25 °C/60% RH), intermediate and accelerated (40 °C/75% RH) conditions tested at fixed time points; Q1B covers light and Q5C biotech products. A new product\'s filing usually needs at least 12 months of long-term and 6 months of accelerated data on the primary batches, and commercial batches then go on an ongoing stability programme. Out-of-trend or out-of-specification results can trigger recalls or a shorter shelf life. China follows the ICH design; 持续稳定性考察 is the usual term for the ongoing programme.',
      zh: 'ICH Q1A(R2)规定了标准设计：在长期（如25 °C/60% RH）、中间和加速（40 °C/75% RH）条件下按固定时间点检测；Q1B涉及光稳定性，Q5C针对生物技术产品。新药申报时，主要批次通常需有至少12个月长期和6个月加速数据；上市后商业批还需纳入持续稳定性考察。稳定性结果出现超趋势或超标，可能导致召回或缩短有效期。我国采用ICH的设计原则。',
    },
    differences: [
      {
        term: 'cold-chain',
        en: 'Stability studies establish the storage conditions a product needs; the cold chain is the logistics that maintains them in distribution.',
        zh: '稳定性研究确定产品所需的贮藏条件；冷链则是在流通中维持这些条件的物流体系。',
      },
      {
        term: 'oos',
        en: 'An OOS result is a single failing test; a stability study is the whole programme in which such results may appear.',
        zh: 'OOS是单个检验结果超出标准；稳定性研究是可能出现此类结果的整套考察计划。',
      },
    ],
    related: ['oos', 'oot', 'qc', 'cold-chain', 'impurity', 'cqa'],
    references: ['ICH Q1A(R2)', 'ICH Q1B', 'ICH Q5C', '化学药物（原料药和制剂）稳定性研究技术指导原则'],
    cues: {
      en: ['shelf life', 'expiry', 'storage', 'accelerated', 'long-term', 'temperature', 'humidity', 'batches', 'degradation', 'months', 'retest'],
      zh: ['有效期', '贮藏', '加速', '长期', '温度', '湿度', '降解', '批次', '复检期', '个月'],
    },
  },
  {
    id: 'impurity',
    category: 'manufacturing',
    name: { en: 'Impurity', zh: '杂质' },
    forms: {
      en: ['impurity', 'impurity profile'],
      zh: ['杂质', '有关物质', '杂质谱', '基因毒性杂质', '致突变杂质'],
    },
    short: {
      en: 'Any component of a drug substance or product that is neither the intended compound nor an excipient: by-products, degradants, residual solvents, elemental or mutagenic impurities. Limits follow ICH guidelines.',
      zh: '原料药或制剂中除目标化合物和辅料以外的任何成分，包括副产物、降解产物、残留溶剂、元素杂质和致突变杂质等，其限度依据ICH指导原则制定。',
    },
    details: {
      en: 'ICH Q3A and Q3B set reporting, identification and qualification thresholds for organic impurities in new drug substances and products; Q3C covers residual solvents, Q3D elemental impurities and M7 DNA-reactive (mutagenic) impurities. Impurity profiles are compared whenever a supplier, route or site changes, and unexpected impurities are a common reason for recalls and FDA complete response letters. Chinese pharmacopoeial texts call organic impurities 有关物质.',
      zh: 'ICH Q3A和Q3B为新原料药和新制剂中的有机杂质规定了报告、鉴定和界定阈值；Q3C针对残留溶剂，Q3D针对元素杂质，M7针对具有DNA反应性的致突变杂质。变更供应商、合成路线或生产场地时需比较杂质谱；意外出现的杂质是药品召回和FDA完全回复函的常见原因。中国药典中有机杂质常称为“有关物质”。',
    },
    differences: [
      {
        term: 'nitrosamines',
        en: 'Nitrosamines are one especially potent class of mutagenic impurity, with their own intake limits and mandatory risk assessments.',
        zh: '亚硝胺是致突变杂质中毒性特别强的一类，有单独的摄入限度和强制性风险评估要求。',
      },
    ],
    related: ['nitrosamines', 'cqa', 'stability-study', 'api', 'intermediate', 'analytical-method-validation'],
    references: ['ICH Q3A(R2)', 'ICH Q3B(R2)', 'ICH Q3C', 'ICH Q3D', 'ICH M7(R2)'],
    cues: {
      en: ['specification', 'related substances', 'degradation', 'residual solvent', 'limit', 'threshold', 'hplc', 'genotoxic', 'mutagenic', 'batch', 'api', 'ppm'],
      zh: ['质量标准', '降解', '残留溶剂', '限度', '阈值', '液相', '基因毒性', '批次', '原料药', 'ppm'],
    },
  },
  {
    id: 'nitrosamines',
    category: 'manufacturing',
    name: { en: 'Nitrosamine impurities', zh: '亚硝胺杂质' },
    forms: {
      en: ['nitrosamine', 'N-nitrosamine', 'nitrosamine impurity', 'NDSRI', 'nitrosamine drug substance-related impurity'],
      zh: ['亚硝胺', '亚硝胺杂质', '亚硝胺类杂质'],
    },
    short: {
      en: 'Probable human carcinogens, such as NDMA, that can form in medicines from amines and nitrosating agents. Their discovery in sartans in 2018 led to worldwide recalls and mandatory risk assessments for all medicines.',
      zh: '一类可能致癌的化合物（如NDMA），可由胺类与亚硝化试剂在药品中生成。2018年在沙坦类药物中被发现后引发全球召回，各国随后要求所有药品开展亚硝胺风险评估。',
    },
    details: {
      en: 'After valsartan, nitrosamines turned up in ranitidine (withdrawn from the US market in 2020), metformin and other drugs; attention has since shifted to NDSRIs, nitrosamines formed from the drug molecule itself. FDA, EMA and NMPA require manufacturers to assess risk, test and keep each nitrosamine below an acceptable daily intake, treating them as a cohort of concern under ICH M7. Reformulations and supplier changes made to meet the limits have caused shortages and product withdrawals.',
      zh: '继缬沙坦之后，雷尼替丁（2020年在美国撤市）、二甲双胍等药品也检出亚硝胺；近年关注点转向由药物分子自身生成的原料药相关亚硝胺杂质（NDSRI）。FDA、EMA和国家药监局均要求企业开展风险评估和检测，并依据ICH M7将其列为“关注队列”，把每种亚硝胺控制在可接受日摄入量以下。为达标而进行的处方或供应商变更曾导致药品短缺和撤市。',
    },
    differences: [
      {
        term: 'impurity',
        en: 'Nitrosamines are a subset of impurities, singled out because even trace amounts carry cancer risk.',
        zh: '亚硝胺是杂质的一个子类，因痕量即有致癌风险而被单独管控。',
      },
    ],
    related: ['impurity', 'api', 'stability-study', 'cqa'],
    references: [
      'ICH M7(R2)',
      'FDA Guidance: Control of Nitrosamine Impurities in Human Drugs',
      'EMA Article 5(3) review on nitrosamine impurities',
      '化学药物中亚硝胺类杂质研究技术指导原则（试行）',
    ],
    cues: {
      en: ['ndma', 'ndea', 'carcinogen', 'carcinogenic', 'recall', 'valsartan', 'ranitidine', 'metformin', 'acceptable intake', 'impurity', 'risk assessment', 'sartan'],
      zh: ['致癌', '召回', '缬沙坦', '雷尼替丁', '二甲双胍', '可接受摄入量', '杂质', '风险评估', '沙坦'],
    },
  },
  {
    id: 'serialization',
    category: 'manufacturing',
    name: { en: 'Serialization', zh: '药品序列化与追溯' },
    forms: {
      en: [
        'drug serialization',
        'drug serialisation',
        'product serialization',
        'product serialisation',
        'pharmaceutical serialization',
        'pharmaceutical serialisation',
        'pack serialization',
        'pack serialisation',
        'serialization requirements',
        'serialisation requirements',
      ],
      zh: ['药品追溯', '药品序列化', '药品追溯码', '药品追溯体系', '药品信息化追溯'],
    },
    short: {
      en: 'Giving each saleable drug pack a unique serial number, printed in a 2D barcode with product code, batch and expiry, so it can be verified and traced through the supply chain. Required by the US DSCSA, EU FMD and China.',
      zh: '为每个最小销售包装赋予唯一序列号，与产品码、批号、有效期一起印在二维码中，以便在供应链中核验和追溯、打击假药。美国DSCSA、欧盟FMD和我国药品追溯制度均有要求。',
    },
    details: {
      en: 'In the US, the Drug Supply Chain Security Act (2013) phased in pack-level identifiers and, from November 2023, electronic interoperable tracing, with FDA allowing extra time for parts of the supply chain. In the EU, the Falsified Medicines Directive and Delegated Regulation 2016/161 require a unique identifier and an anti-tampering device, checked at dispensing since February 2019. China\'s 2019 Drug Administration Law set up a drug traceability system run by marketing authorisation holders through 药品追溯码, and medical-insurance settlement increasingly requires scanning them. For manufacturers and CMOs it means packaging-line upgrades and IT work.',
      zh: '美国《药品供应链安全法》（DSCSA，2013年）分阶段要求包装级标识，并自2023年11月起要求电子化、可互操作的追溯，FDA对部分主体给予了额外过渡期。欧盟《伪造药品指令》及授权条例（EU）2016/161要求唯一标识和防篡改装置，自2019年2月起在调配环节核验。我国2019年修订的《药品管理法》确立药品追溯制度，由上市许可持有人负责赋码，医保结算也日益要求扫描药品追溯码。对生产企业和CMO而言，这意味着包装线改造和信息系统投入。',
    },
    differences: [
      {
        term: 'gdp',
        en: 'GDP governs how medicines are stored and moved; serialization identifies each pack so it can be verified and traced along the way.',
        zh: 'GDP规范药品如何储存和运输；序列化则为每个包装赋予身份，以便在流通中核验和追溯。',
      },
    ],
    related: ['gdp', 'gsp', 'cold-chain', 'mah', 'cmo'],
    references: [
      'DSCSA',
      'Directive 2011/62/EU (Falsified Medicines Directive)',
      'Commission Delegated Regulation (EU) 2016/161',
      '药品管理法',
      '国家药监局关于药品信息化追溯体系建设的指导意见',
    ],
    cues: {
      en: ['serial number', 'barcode', 'datamatrix', 'unique identifier', 'traceability', 'track and trace', 'counterfeit', 'falsified', 'dscsa', 'packaging line', 'verification', 'supply chain'],
      zh: ['序列号', '二维码', '追溯', '唯一标识', '假药', '赋码', '扫码', '包装线', '医保', '供应链'],
    },
  },
  {
    id: 'cold-chain',
    category: 'manufacturing',
    name: { en: 'Cold chain', zh: '冷链' },
    forms: {
      en: ['cold chain', 'cold chain logistics', 'temperature-controlled logistics'],
      zh: ['冷链', '冷链物流', '冷链运输', '医药冷链'],
    },
    short: {
      en: 'Unbroken temperature-controlled storage and transport for products that must stay cold: usually 2–8 °C, or frozen and ultra-cold for some vaccines and cell and gene therapies. A break can make the product unusable.',
      zh: '对需低温保存的产品进行不间断的温控储存和运输，通常为2–8 °C，部分疫苗和细胞与基因治疗产品需冷冻或超低温。一旦断链，产品可能报废。',
    },
    details: {
      en: 'Most biologics and vaccines need 2–8 °C; the first mRNA COVID-19 vaccine initially required ultra-cold storage around −70 °C, and autologous cell therapies travel in liquid-nitrogen vapour shippers. The cold chain relies on qualified packaging, temperature loggers and documented handling of excursions under GDP (GSP in China). It adds cost and limits access in hot or remote markets, which is why lyophilised or room-temperature-stable formulations are valued.',
      zh: '大多数生物药和疫苗需2–8 °C保存；首个获批的新冠mRNA疫苗最初需约−70 °C超低温，自体细胞治疗产品则用液氮气相运输罐运送。冷链依靠经确认的包装、温度记录仪，以及按GDP（我国为GSP）要求处理温度偏离。冷链增加成本，也限制了炎热或偏远地区的可及性，因此冻干或常温稳定的制剂很受重视。',
    },
    differences: [
      {
        term: 'gdp',
        en: 'GDP is the full set of rules for storage and distribution; the cold chain is the temperature-control part for products that need refrigeration.',
        zh: 'GDP是储存和流通的整套规范；冷链是其中针对需冷藏产品的温控部分。',
      },
    ],
    related: ['gdp', 'gsp', 'vaccine', 'cgt', 'lyophilization', 'stability-study'],
    references: ['EU GDP Guidelines 2013/C 343/01', '药品经营质量管理规范', 'USP <1079>'],
    cues: {
      en: ['temperature', 'refrigerated', '2-8', 'frozen', 'ultra-cold', 'logistics', 'shipping', 'excursion', 'vaccine', 'storage', 'distribution', 'dry ice'],
      zh: ['温度', '冷藏', '冷冻', '超低温', '物流', '运输', '温度偏离', '疫苗', '储存', '配送', '干冰'],
    },
  },
  {
    id: 'capacity-utilization',
    category: 'manufacturing',
    name: { en: 'Capacity utilization', zh: '产能利用率' },
    forms: {
      en: ['capacity utilization', 'capacity utilisation', 'plant utilization', 'plant utilisation'],
      zh: ['产能利用率', '开工率'],
    },
    short: {
      en: 'The share of a plant\'s available manufacturing capacity actually in use. For CDMOs and biologics makers it drives margins, because idle cleanrooms and bioreactors still carry high fixed costs.',
      zh: '工厂实际使用的产能占可用产能的比例。对CDMO和生物药企业而言，闲置的洁净厂房和生物反应器仍要承担高昂固定成本，因此利用率直接决定利润率。',
    },
    details: {
      en: 'Utilisation is closely watched in CDMO earnings and deal news: a new plant typically runs at low utilisation and loses money until it fills, while high utilisation signals pricing power and can push customers to dual-source or reserve capacity. Biologics utilisation is often discussed in terms of bioreactor litres and batches run. Sudden demand swings, such as the end of COVID-19 vaccine orders, can quickly turn overbuilt capacity into write-downs. Chinese reports use 产能利用率, and 开工率 is common for chemical plants.',
      zh: '产能利用率是CDMO财报和交易新闻的关注点：新厂投产初期利用率低，在产能爬坡完成前往往亏损；利用率高则说明议价能力强，并可能促使客户采用双供应商或预留产能。生物药产能常以生物反应器升数和运行批次衡量。需求骤变（如新冠疫苗订单结束）可能让过度扩张的产能迅速变成资产减值。化工类工厂也常用“开工率”表述。',
    },
    differences: [
      {
        term: 'capacity-reservation',
        en: 'Capacity utilization measures how full a plant is; capacity reservation is a contract in which a customer books part of that capacity in advance.',
        zh: '产能利用率衡量工厂的满负荷程度；产能预留是客户提前锁定部分产能的合同安排。',
      },
    ],
    related: ['capacity-reservation', 'take-or-pay', 'cdmo', 'bioreactor', 'dual-sourcing'],
    cues: {
      en: ['capacity', 'plant', 'cdmo', 'margin', 'revenue', 'litres', 'liters', 'bioreactor', 'earnings', 'ramp-up', 'fixed costs', 'orders'],
      zh: ['产能', '工厂', '利润率', '营收', '爬坡', '生物反应器', '固定成本', '财报', '订单'],
    },
  },
];
