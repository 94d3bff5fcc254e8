import type { TermInput } from '../../schema';

type OtherSenseInput = NonNullable<TermInput['otherSenses']>[number];

/** "Phase 1/2/3" also names the stages of a building or business project (Phase 2 of a new plant). */
const projectPhase: OtherSenseInput = {
  id: 'project_phase',
  expansion: { en: 'Project Phase', zh: '项目分期' },
  short: {
    en: 'A stage of a construction or business project, such as Phase 2 of a new manufacturing plant.',
    zh: '工程或商业项目的分期，如新工厂的二期工程。',
  },
  cues: {
    en: [
      'construction',
      'facility',
      'plant',
      'building',
      'expansion',
      'campus',
      'square feet',
      'completion',
      'groundbreaking',
      'capacity',
      'liters',
      'litres',
      'investment',
    ],
    zh: ['工程', '厂区', '建设', '项目', '投产', '扩建', '基地', '竣工'],
  },
};

export const clinicalTerms: TermInput[] = [
  {
    id: 'preclinical',
    category: 'clinical',
    name: { en: 'Preclinical Research', zh: '临床前研究' },
    forms: {
      en: ['preclinical', 'nonclinical study'],
      zh: ['临床前', '非临床研究'],
    },
    short: {
      en: 'Laboratory and animal work done before a drug is first given to people: pharmacology, toxicology, DMPK and early CMC. It shows whether a candidate is safe and promising enough to enter clinical trials.',
      zh: '药物首次用于人体之前开展的实验室和动物研究，包括药理、毒理、DMPK和早期CMC，用于判断候选药物是否足够安全、值得进入临床试验。',
    },
    details: {
      en: 'Preclinical work runs from candidate selection to the IND or clinical trial application and combines in vitro assays with studies in animals. Safety studies that support dosing in humans must follow GLP, while exploratory pharmacology usually does not. For investors a preclinical asset carries the highest risk and the lowest value, and much of this work is outsourced to CROs. Regulators often say "nonclinical" (非临床) for the same studies, while Chinese media use 临床前 for the whole stage before the first trial.',
      zh: '临床前研究从确定候选化合物（PCC）开始，直到递交IND（临床试验申请）为止，包括体外试验和动物实验。支持人体给药的安全性研究须符合GLP，探索性药理研究一般不作此要求。临床前资产风险最高、估值最低，相关工作大量外包给CRO。法规文件多称“非临床研究”，行业媒体则常用“临床前”指首次人体试验之前的整个阶段。',
    },
    differences: [
      {
        term: 'ind-enabling-studies',
        en: 'IND-enabling studies are the regulated, final part of preclinical work, run as a fixed package just before the IND filing.',
        zh: 'IND支持性研究是临床前阶段后期按法规要求开展的成套研究，完成后即递交IND。',
      },
      {
        term: 'toxicology',
        en: 'Toxicology is one discipline within preclinical research, focused on harm rather than efficacy, and it continues into clinical development.',
        zh: '毒理学是临床前研究中的一个学科，关注毒性而非疗效，并延续到临床阶段。',
      },
    ],
    related: ['ind-enabling-studies', 'toxicology', 'dmpk', 'glp', 'ind', 'cro', 'fih'],
    references: ['ICH M3(R2)', '21 CFR 58', '药物非临床研究质量管理规范'],
    cues: {
      en: [
        'animal',
        'in vivo',
        'in vitro',
        'mouse',
        'candidate',
        'discovery',
        'models',
        'glp',
        'efficacy',
        'compound',
        'ind',
      ],
      zh: ['动物', '候选', '小鼠', '药效', '体内', '体外', '毒理', '药物发现', '模型', '化合物'],
    },
  },
  {
    id: 'ind-enabling-studies',
    category: 'clinical',
    name: { en: 'IND-enabling Studies', zh: 'IND支持性研究' },
    forms: {
      en: ['IND-enabling', 'CTA-enabling'],
      zh: ['IND支持性研究', 'IND申报前研究'],
    },
    short: {
      en: 'The package of GLP toxicology, safety pharmacology, DMPK and CMC work needed to file an IND and start human trials. Completing it is a common biotech milestone and a core CRO service.',
      zh: '为递交IND、启动人体试验所需完成的一整套研究，包括GLP毒理、安全药理、DMPK及CMC工作。完成该阶段是生物技术公司常见的里程碑，也是CRO的核心业务。',
    },
    details: {
      en: 'IND-enabling studies start once a development candidate is nominated and typically include GLP repeat-dose toxicology in a rodent and a non-rodent species, safety pharmacology, genotoxicity, DMPK, and GMP manufacture of the first clinical batch with its analytical methods. ICH M3(R2) sets which studies must come before which clinical stage. Integrated CROs and CRDMOs sell this work as one package, so its cost and timeline appear in deal terms. Chinese media often keep the English (IND-enabling研究); the result is an IND to FDA or a clinical trial application to CDE, which in China may proceed if no objection is raised within 60 working days.',
      zh: '确定候选药物后即启动IND支持性研究，通常包括啮齿类和非啮齿类动物的GLP重复给药毒性试验、安全药理、遗传毒性、DMPK，以及首批临床样品的GMP生产和分析方法开发。ICH M3(R2)规定了各项研究须在哪个临床阶段之前完成。一体化CRO和CRDMO常将其打包提供，其费用和周期常见于合作条款。中文媒体多直接使用“IND-enabling研究”，成果是向FDA递交IND或向CDE递交临床试验申请；国内申请自受理起60个工作日内未收到否定或质疑意见即可开展试验。',
    },
    differences: [
      {
        term: 'preclinical',
        en: 'Preclinical research also covers early discovery pharmacology; IND-enabling studies are only the regulated package run just before filing.',
        zh: '临床前研究还包括早期药效探索，IND支持性研究仅指递交申请前按法规开展的那一组研究。',
      },
    ],
    related: ['preclinical', 'toxicology', 'dmpk', 'ind', 'glp', 'cmc', 'crdmo', 'fih'],
    references: ['ICH M3(R2)', 'ICH S7A', '21 CFR 312', '21 CFR 58', '药物非临床研究质量管理规范'],
    cues: {
      en: [
        'ind',
        'glp',
        'toxicology',
        'candidate',
        'filing',
        'package',
        'cmc',
        'tox',
        'safety pharmacology',
        'non-rodent',
      ],
      zh: ['毒理', '申报', '候选', '临床前', 'glp', '非啮齿类', '安全药理', '递交'],
    },
  },
  {
    id: 'ctm',
    category: 'clinical',
    name: { en: 'CTM', zh: 'CTM' },
    expansion: { en: 'Clinical Trial Material', zh: '临床试验用药品' },
    forms: {
      en: ['CTM', 'Clinical Trial Material', 'clinical trial supplies', 'clinical supplies'],
      zh: ['临床试验用药品', '临床试验用药物', '临床试验用样品', '临床样品'],
    },
    short: {
      en: 'Everything supplied to trial sites for dosing: the investigational drug, placebo and comparators, packaged, labelled and often blinded. It is made under GMP, often by CDMOs; supply delays can hold up a trial.',
      zh: '试验中给受试者使用的全部药品，包括试验药物、安慰剂和对照药，需经包装、贴签并常做盲法处理。须按GMP生产，常由CDMO承担，供应延误会拖慢试验。',
    },
    details: {
      en: 'CTM covers the investigational product in its trial presentation, matching placebo and purchased comparator drugs, together with packaging, trial-specific labels and distribution to depots and sites, usually controlled through an IRT system. It is made under GMP rules for investigational products (EU GMP Annex 13; in China a 2022 GMP annex on clinical trial drugs), with small, changing batches and blinding requirements. Clinical supply is a distinct service line for CDMOs and logistics firms. Chinese regulations say 临床试验用药品, while CDMO news often calls the same material 临床样品.',
      zh: '临床试验用药品包括试验药物的临床制剂、匹配的安慰剂和外购的对照药，以及包装、专用标签和向中心库及研究中心的配送，通常由IRT（交互式应答技术）系统管理。其生产须符合针对试验用药品的GMP要求（欧盟GMP附录13；我国2022年起施行《药品生产质量管理规范—临床试验用药品附录（试行）》），批量小、变化多，并须满足盲法要求。临床供应是CDMO和物流企业的独立业务。法规用语为“临床试验用药品”，CDMO新闻中常称“临床样品”。',
    },
    differences: [
      {
        term: 'drug-product',
        en: 'A drug product is any finished dosage form; CTM is that product, plus placebo and comparators, packaged, labelled and supplied for a specific trial.',
        zh: '制剂泛指成品剂型，临床试验用药品则是为特定试验包装、贴签并供应的制剂，还包括安慰剂和对照药。',
      },
    ],
    related: ['placebo', 'double-blind', 'gmp', 'cdmo', 'drug-product', 'cold-chain', 'cpo'],
    references: ['EU GMP Annex 13', 'ICH E6(R3)', '药品生产质量管理规范—临床试验用药品附录（试行）'],
    cues: {
      en: [
        'supply',
        'packaging',
        'labelling',
        'labeling',
        'comparator',
        'depot',
        'blinding',
        'gmp',
        'investigational',
        'irt',
        'kits',
      ],
      zh: ['包装', '贴签', '对照药', '盲法', '配送', '供应', '试验药物', '生产', '批次'],
    },
  },
  {
    id: 'toxicology',
    category: 'clinical',
    name: { en: 'Toxicology', zh: '毒理学' },
    forms: {
      en: ['toxicology', 'toxicity study', 'tox study'],
      zh: ['毒理', '毒性试验', '毒性研究', '非临床安全性评价'],
    },
    short: {
      en: "The study of a drug's harmful effects. In drug development it means GLP animal studies that set a safe starting dose for humans and flag target-organ risks before and during clinical trials.",
      zh: '研究药物有害作用的学科。在药物研发中主要指GLP动物毒性试验，用于确定人体安全起始剂量、识别靶器官毒性，贯穿临床前和临床阶段。',
    },
    details: {
      en: 'A development toxicology programme includes single- and repeat-dose studies in a rodent and a non-rodent species (often dog or monkey), genotoxicity and safety pharmacology and, as the drug advances, reproductive toxicity and carcinogenicity studies. ICH M3(R2) ties the length of animal studies to the length of dosing allowed in trials, so toxicology continues well past the first-in-human trial. The no-observed-adverse-effect level (NOAEL) found in animals is the basis for the human starting dose. Chinese separates 毒理学 (the discipline) from 非临床安全性评价 (the regulated studies), which must be done at GLP-certified facilities.',
      zh: '药物毒理研究包括啮齿类和非啮齿类（常用犬或猴）动物的单次及重复给药毒性试验、遗传毒性和安全药理，并随研发推进开展生殖毒性和致癌性试验。ICH M3(R2)将动物试验的给药周期与临床试验允许的给药周期挂钩，因此毒理研究会持续到首次人体试验之后。动物试验得出的未见不良反应剂量（NOAEL）是推算人体起始剂量的依据。中文里“毒理学”指学科，法规层面的研究多称“非临床安全性评价”，须在通过GLP认证的机构开展。',
    },
    differences: [
      {
        term: 'dmpk',
        en: 'DMPK studies what the body does to the drug; toxicology studies what harm the drug does to the body.',
        zh: 'DMPK研究机体如何处置药物，毒理学研究药物对机体造成的损害。',
      },
      {
        term: 'preclinical',
        en: 'Preclinical research is the whole stage before human trials; toxicology is one of its disciplines and carries on into clinical development.',
        zh: '临床前研究指人体试验之前的整个阶段，毒理学只是其中一个学科，并延续到临床阶段。',
      },
    ],
    related: ['preclinical', 'ind-enabling-studies', 'glp', 'dmpk', 'fih'],
    references: ['ICH M3(R2)', 'ICH S2(R1)', 'ICH S5(R3)', 'ICH S6(R1)', '21 CFR 58', '药物非临床研究质量管理规范'],
    cues: {
      en: [
        'glp',
        'noael',
        'rodent',
        'non-rodent',
        'monkey',
        'dog',
        'repeat-dose',
        'genotoxicity',
        'carcinogenicity',
        'species',
        'findings',
        'safety margin',
      ],
      zh: ['动物', '大鼠', '猴', '犬', '重复给药', '遗传毒性', '致癌', '安全性', '剂量', 'glp'],
    },
  },
  {
    id: 'dmpk',
    category: 'clinical',
    name: { en: 'DMPK', zh: 'DMPK' },
    expansion: { en: 'Drug Metabolism and Pharmacokinetics', zh: '药物代谢及药代动力学' },
    forms: {
      en: ['DMPK', 'Drug Metabolism and Pharmacokinetics'],
      zh: ['药物代谢及药代动力学', '药物代谢与药代动力学', '药物代谢和药代动力学'],
    },
    short: {
      en: 'The discipline, and CRO service line, that studies how a drug is absorbed, distributed, metabolised and excreted and what exposure it reaches. DMPK data guide candidate selection, dosing and interaction risk.',
      zh: '研究药物吸收、分布、代谢、排泄及体内暴露的学科，也是CRO的主要业务线之一。DMPK数据用于候选药物筛选、剂量设计和药物相互作用风险评估。',
    },
    details: {
      en: "DMPK work spans in vitro assays (metabolic stability, CYP inhibition and induction, permeability, plasma protein binding), PK studies in animals and, later, human studies such as radiolabelled mass-balance and drug-interaction trials. In discovery it weeds out compounds with poor exposure; in development it supports IND filings and the label's interaction section. Large CROs in China and elsewhere report DMPK as a separate business. Chinese texts keep DMPK or shorten the field to 药代, a word that in other contexts also means a pharma sales representative (医药代表).",
      zh: 'DMPK工作包括体外试验（代谢稳定性、CYP酶抑制与诱导、渗透性、血浆蛋白结合率）、动物药代研究，以及后期的人体物质平衡试验和药物相互作用试验。在药物发现阶段用于淘汰暴露不足的化合物，在开发阶段支持IND申报和说明书中的相互作用信息。国内外大型CRO常将DMPK作为独立业务披露。中文常直接写DMPK或简称“药代”，但“药代”在其他语境中也指医药代表。',
    },
    differences: [
      {
        term: 'pk',
        en: 'PK describes how drug concentrations change over time; DMPK is the wider discipline that also studies metabolic pathways and interactions.',
        zh: 'PK描述药物浓度随时间的变化，DMPK是更宽的学科，还研究代谢途径和药物相互作用。',
      },
      {
        term: 'adme',
        en: 'ADME names the four processes; DMPK is the field and the service that studies them.',
        zh: 'ADME指四个体内过程，DMPK是研究这些过程的学科和服务。',
      },
    ],
    related: ['adme', 'pk', 'pd', 'preclinical', 'cro', 'ind-enabling-studies'],
    references: ['ICH M12', 'ICH M3(R2)'],
    cues: {
      en: [
        'metabolism',
        'cyp',
        'clearance',
        'exposure',
        'microsomal',
        'permeability',
        'in vitro',
        'metabolite',
        'drug-drug interaction',
        'bioavailability',
      ],
      zh: ['代谢', '清除率', '暴露', '肝微粒体', '代谢物', '相互作用', '生物利用度', '体外', '药代动力学'],
    },
  },
  {
    id: 'adme',
    category: 'clinical',
    name: { en: 'ADME', zh: 'ADME' },
    expansion: { en: 'Absorption, Distribution, Metabolism and Excretion', zh: '吸收、分布、代谢和排泄' },
    forms: {
      en: [
        'ADME',
        'Absorption, Distribution, Metabolism and Excretion',
        'Absorption, Distribution, Metabolism, and Excretion',
        'ADMET',
      ],
      zh: ['吸收、分布、代谢和排泄', '吸收、分布、代谢、排泄'],
    },
    short: {
      en: 'The four processes that determine what happens to a drug in the body. ADME properties decide whether a candidate reaches its target and how long it stays; a human ADME study traces a radiolabelled dose.',
      zh: '决定药物在体内去向的四个过程：吸收、分布、代谢和排泄。ADME特性决定候选药物能否到达靶点、在体内停留多久；人体ADME试验用放射性标记药物追踪其去向。',
    },
    details: {
      en: 'ADME profiling starts in discovery with in vitro and animal tests and ends with a human mass-balance study, usually giving a 14C-labelled dose to a few healthy volunteers and recovering the radioactivity from urine and faeces. The results identify major metabolites, which toxicology studies must also cover, and the main elimination route, which drives dose adjustment in kidney or liver impairment. ADMET adds toxicity to the acronym and is common in computational screening. Chinese texts use ADME as is and call the human radiolabel study 物质平衡试验.',
      zh: 'ADME研究始于药物发现阶段的体外和动物试验，最终通过人体物质平衡试验完成：通常给少数健康受试者服用14C标记药物，从尿液和粪便中回收放射性。结果用于识别主要代谢产物（毒理研究须覆盖）和主要排泄途径（决定肝肾功能不全患者的剂量调整）。ADMET在ADME基础上加入毒性（T），多见于计算机筛选。中文一般直接写ADME，人体放射性标记研究常称“物质平衡试验”。',
    },
    differences: [
      {
        term: 'dmpk',
        en: 'DMPK is the discipline and CRO service that studies ADME and turns it into PK numbers.',
        zh: 'DMPK是研究ADME并将其转化为药代参数的学科和CRO服务。',
      },
      {
        term: 'pk',
        en: 'PK puts numbers on the ADME processes, such as Cmax, AUC and half-life.',
        zh: 'PK用Cmax、AUC、半衰期等参数对ADME过程进行定量描述。',
      },
    ],
    related: ['dmpk', 'pk', 'toxicology', 'preclinical', 'phase-1'],
    references: ['ICH M3(R2)', 'ICH M12'],
    cues: {
      en: [
        'absorption',
        'metabolism',
        'excretion',
        'metabolite',
        'radiolabelled',
        'mass balance',
        'clearance',
        'permeability',
        'bioavailability',
        'in vitro',
      ],
      zh: ['吸收', '代谢', '排泄', '代谢产物', '物质平衡', '放射性标记', '清除', '生物利用度'],
    },
    formNotes: [
      {
        form: 'ADMET',
        en: 'ADMET adds toxicity (T) to ADME; it is common in computational (in silico) screening.',
        zh: 'ADMET在ADME之外加入毒性（T），多用于计算机辅助筛选。',
      },
    ],
  },
  {
    id: 'pk',
    category: 'clinical',
    name: { en: 'PK', zh: 'PK' },
    expansion: { en: 'Pharmacokinetics', zh: '药代动力学' },
    forms: {
      en: ['PK', 'Pharmacokinetics', 'pharmacokinetic'],
      zh: ['药代动力学', '药物代谢动力学', '药动学'],
    },
    short: {
      en: 'What the body does to a drug: how its concentration in blood rises and falls over time, summarised as Cmax, AUC and half-life. PK data underpin dose selection and bioequivalence.',
      zh: '机体对药物的处置，即血药浓度随时间的变化规律，常用Cmax、AUC和半衰期等参数描述。PK数据是剂量选择和生物等效性评价的基础。',
    },
    details: {
      en: 'PK is measured in almost every clinical trial, most intensively in Phase 1, by taking timed blood samples and measuring drug levels with validated bioanalytical methods. Key parameters are peak concentration (Cmax), time to peak (Tmax), area under the curve (AUC), half-life, clearance and volume of distribution. PK results set the dosing interval, support bioequivalence claims for generics and new formulations, and are paired with PD to link exposure to effect. Chinese shortens 药代动力学 to 药代 or 药动学; note that PK in Chinese media also means a head-to-head contest (头对头PK).',
      zh: '几乎每项临床试验都会测定PK，Ⅰ期试验尤其密集：按时间点采血，用经验证的生物分析方法测定药物浓度。主要参数包括峰浓度（Cmax）、达峰时间（Tmax）、曲线下面积（AUC）、半衰期、清除率和表观分布容积。PK结果用于确定给药间隔，支持仿制药和新剂型的生物等效性，并与PD结合建立暴露—效应关系。中文常简称“药代”或“药动学”；注意中文媒体中“PK”也常指正面对决，如“头对头PK”。',
    },
    differences: [
      {
        term: 'pd',
        en: 'PD describes what the drug does to the body; PK describes what the body does to the drug.',
        zh: 'PD描述药物对机体的作用，PK描述机体对药物的处置。',
      },
      {
        term: 'dmpk',
        en: 'DMPK is the wider discipline and service line; PK is the concentration–time behaviour it measures.',
        zh: 'DMPK是更宽的学科和业务线，PK是其测定的浓度—时间规律。',
      },
    ],
    related: ['pd', 'adme', 'dmpk', 'be-study', 'phase-1'],
    references: ['ICH E4', 'ICH M13A', '21 CFR 320'],
    cues: {
      en: [
        'plasma',
        'exposure',
        'half-life',
        'dose',
        'cmax',
        'auc',
        'clearance',
        'concentration',
        'bioavailability',
        'tmax',
        'dosing',
        'pharmacokinetic',
      ],
      zh: ['药代', '血药浓度', '半衰期', '暴露量', '剂量', '清除率', '给药', '峰浓度', '药动学', '生物利用度'],
    },
    otherSenses: [
      {
        id: 'pakistan',
        expansion: { en: 'Pakistan', zh: '巴基斯坦' },
        short: { en: 'Country code for Pakistan, as in the .pk web domain.', zh: '巴基斯坦的国家代码，如.pk域名。' },
        cues: {
          en: ['pakistan', 'karachi', 'lahore', 'islamabad', 'rupee', 'cricket'],
          zh: ['巴基斯坦', '卡拉奇', '拉合尔', '伊斯兰堡', '卢比', '板球'],
        },
      },
      {
        id: 'player_killing',
        expansion: { en: 'Player Killing', zh: '对决' },
        short: {
          en: 'Gaming slang for one player defeating another; Chinese media use PK for any head-to-head contest.',
          zh: '源自网络游戏的说法，中文媒体泛指正面对决、比拼，如“头对头PK”。',
        },
        cues: {
          en: ['versus', 'showdown', 'contest', 'battle', 'beat', 'game'],
          zh: ['对决', '比拼', '头对头', '正面', '挑战', '击败', '较量'],
        },
      },
      {
        id: 'penalty_kick',
        expansion: { en: 'Penalty Kick', zh: '点球' },
        short: { en: 'A penalty kick in football (soccer).', zh: '足球比赛中的点球。' },
        cues: {
          en: ['penalty', 'goalkeeper', 'football', 'soccer', 'shootout', 'goal'],
          zh: ['点球', '守门员', '足球', '点球大战', '进球', '罚球'],
        },
      },
    ],
  },
  {
    id: 'pd',
    category: 'clinical',
    name: { en: 'PD', zh: 'PD' },
    expansion: { en: 'Pharmacodynamics', zh: '药效动力学' },
    forms: {
      en: ['PD', 'Pharmacodynamics', 'pharmacodynamic'],
      zh: ['药效动力学', '药效学'],
    },
    short: {
      en: 'What a drug does to the body: its biochemical and physiological effects and how they change with dose or exposure. PD markers can show target engagement early, before clinical benefit is measurable.',
      zh: '药物对机体的作用，即其生化和生理效应及其随剂量或暴露的变化。PD标志物可在临床获益显现之前尽早证明药物作用于靶点。',
    },
    details: {
      en: "PD is measured through biomarkers such as receptor occupancy, enzyme inhibition, hormone or cytokine levels, or physiological signals such as blood pressure. Linking PD to PK (PK/PD modelling, exposure-response analysis) lets developers choose doses for Phase 2 and 3 and justify them to regulators, and early PD data in Phase 1 are a common de-risking point in biotech news. The abbreviation is ambiguous: in oncology PD often means progressive disease, in neurology Parkinson's disease, in CDMO texts process development, and it is part of PD-1/PD-L1. Chinese says 药效学 or 药效动力学.",
      zh: 'PD通过生物标志物测定，如受体占有率、酶抑制率、激素或细胞因子水平，或血压等生理指标。将PD与PK关联（PK/PD建模、暴露—效应分析）可为Ⅱ期、Ⅲ期选择剂量并向监管机构论证；Ⅰ期中的早期PD数据常被视为降低研发风险的节点。PD这一缩写含义多样：肿瘤领域常指疾病进展，神经领域指帕金森病，CDMO语境指工艺开发，也是PD-1/PD-L1的一部分。中文称“药效学”或“药效动力学”。',
    },
    differences: [
      {
        term: 'pk',
        en: 'PK describes what the body does to the drug; PD describes what the drug does to the body.',
        zh: 'PK描述机体对药物的处置，PD描述药物对机体的作用。',
      },
    ],
    related: ['pk', 'dmpk', 'poc', 'phase-1', 'phase-2'],
    references: ['ICH E4'],
    cues: {
      en: [
        'biomarker',
        'target engagement',
        'dose-response',
        'receptor occupancy',
        'exposure-response',
        'pk/pd',
        'inhibition',
        'mechanism',
        'pharmacodynamic',
        'marker',
      ],
      zh: ['药效', '药效学', '生物标志物', '靶点结合', '受体占有率', '量效关系', '暴露—效应', '作用机制'],
    },
    otherSenses: [
      {
        id: 'parkinsons_disease',
        expansion: { en: "Parkinson's Disease", zh: '帕金森病' },
        short: {
          en: 'A progressive neurodegenerative movement disorder; PD is its usual abbreviation in medical and pharma news.',
          zh: '一种进行性神经退行性运动障碍疾病，医学和医药新闻中常缩写为PD。',
        },
        cues: {
          en: [
            "parkinson's",
            'parkinson',
            'dopamine',
            'tremor',
            'neurology',
            'levodopa',
            'motor symptoms',
            'neurodegenerative',
          ],
          zh: ['帕金森', '多巴胺', '震颤', '神经', '左旋多巴', '运动症状', '神经退行性'],
        },
      },
      {
        id: 'progressive_disease',
        expansion: { en: 'Progressive Disease', zh: '疾病进展' },
        short: {
          en: 'A tumour response category (RECIST) meaning the cancer has grown or spread; PD events define progression-free survival.',
          zh: '实体瘤疗效评价（RECIST）中的一类，指肿瘤增大或出现新病灶，是判定无进展生存期的依据。',
        },
        cues: {
          en: [
            'recist',
            'tumor',
            'tumour',
            'response',
            'pfs',
            'progression',
            'orr',
            'stable disease',
            'partial response',
          ],
          zh: ['疾病进展', '进展', '肿瘤', '缓解', '无进展生存', '客观缓解率', '疾病稳定', 'recist'],
        },
      },
      {
        id: 'police_department',
        expansion: { en: 'Police Department', zh: '警察局' },
        short: { en: 'A city police force, as in NYPD or LAPD.', zh: '城市警察部门，如纽约警察局（NYPD）。' },
        cues: {
          en: ['police', 'officers', 'arrest', 'sheriff', 'crime', 'suspect'],
          zh: ['警察', '警方', '逮捕', '嫌疑人', '警局', '案件'],
        },
      },
      {
        id: 'process_development',
        expansion: { en: 'Process Development', zh: '工艺开发' },
        short: {
          en: 'Development of a scalable manufacturing process; CDMOs often abbreviate it PD, next to AD for analytical development.',
          zh: '开发可放大的生产工艺；CDMO常缩写为PD，与分析开发（AD）并列。',
        },
        cues: {
          en: [
            'process',
            'cdmo',
            'scale-up',
            'analytical development',
            'manufacturing',
            'cmc',
            'upstream',
            'downstream',
          ],
          zh: ['工艺开发', '工艺', '放大', '分析开发', '生产', 'cdmo', '上游', '下游'],
        },
      },
      {
        id: 'programmed_cell_death_protein_1',
        expansion: { en: 'Programmed Cell Death Protein 1', zh: '程序性死亡受体1' },
        short: {
          en: 'PD as part of PD-1 or PD-L1, the immune checkpoint targeted by many cancer antibodies.',
          zh: '作为PD-1、PD-L1的一部分，指众多抗肿瘤抗体针对的免疫检查点。',
        },
        cues: {
          en: ['pd-1', 'pd-l1', 'checkpoint', 'immunotherapy', 'anti-pd-1', 'pembrolizumab', 'nivolumab', 'inhibitor'],
          zh: ['免疫检查点', '免疫治疗', '抑制剂', '单抗', '帕博利珠单抗', '纳武利尤单抗', 'pd-1', 'pd-l1'],
        },
      },
    ],
  },
  {
    id: 'phase-1',
    category: 'clinical',
    name: { en: 'Phase 1', zh: 'Ⅰ期临床试验' },
    forms: {
      en: [
        'Phase 1',
        'Phase I',
        'Phase 1a',
        'Phase 1b',
        'Phase Ia',
        'Phase Ib',
        'Phase 1/2',
        'Phase I/II',
        'phase I/II',
      ],
      zh: [
        'Ⅰ期临床',
        'I期临床',
        '1期临床',
        '一期临床',
        'Ⅰ期试验',
        'I期试验',
        '1期试验',
        'Ⅰ期研究',
        'I期研究',
        '1期研究',
        'Ia期临床',
        'Ib期临床',
        '1a期临床',
        '1b期临床',
        'Ⅰ/Ⅱ期临床',
        'I/II期临床',
        '1/2期临床',
      ],
    },
    short: {
      en: 'The first stage of human testing, usually in tens of healthy volunteers (or patients, in oncology), to check safety, tolerability and PK and find the dose range. Phase 1a is dose escalation, 1b expansion.',
      zh: '首个人体试验阶段，通常纳入数十名健康受试者（肿瘤药多为患者），评估安全性、耐受性和药代动力学并探索剂量范围。Ⅰa期多为剂量递增，Ⅰb期为剂量扩展或联合用药探索。',
    },
    details: {
      en: 'Phase 1 typically enrols about 20 to 100 people in single- and multiple-ascending-dose cohorts, and later clinical pharmacology studies (food effect, drug interactions, bioequivalence) are also classed as Phase 1. Its main output is a safe dose range for Phase 2; oncology Phase 1b expansion cohorts increasingly give early efficacy signals that move valuations. Combined Phase 1/2 designs run from dose escalation into an efficacy cohort under one protocol and are listed under Phase 1 here. Chinese writes Ⅰ期 (I期, 1期, 一期) 临床; without 临床 or 试验 the same numerals can denote a cancer stage (Ⅰ期肺癌).',
      zh: 'Ⅰ期试验通常纳入约20至100人，分单次和多次递增剂量队列；食物影响、药物相互作用、生物等效性等临床药理研究也归入Ⅰ期。其主要产出是供Ⅱ期使用的安全剂量范围；肿瘤药Ⅰb期扩展队列越来越多地给出早期疗效信号，直接影响估值。Ⅰ/Ⅱ期联合设计在同一方案下从剂量递增过渡到疗效队列，本词条将其归入Ⅰ期。中文写作Ⅰ期、I期、1期或一期临床；不带“临床”“试验”时，同样的序号也可能指肿瘤分期（如Ⅰ期肺癌）。',
    },
    differences: [
      {
        term: 'fih',
        en: 'The FIH trial is the very first dosing of a new drug in humans; Phase 1 includes it and the later clinical pharmacology studies.',
        zh: '首次人体试验只是新药首次在人体给药的那项试验，Ⅰ期还包括其后的多项临床药理研究。',
      },
      {
        term: 'phase-2',
        en: 'Phase 2 tests whether the drug works in patients, at doses chosen in Phase 1.',
        zh: 'Ⅱ期在患者中检验药物是否有效，所用剂量来自Ⅰ期。',
      },
    ],
    related: ['fih', 'phase-2', 'pk', 'pd', 'ind', 'cro'],
    references: ['ICH E8(R1)', 'ICH M3(R2)', '21 CFR 312.21', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'trial',
        'study',
        'dose',
        'dosing',
        'healthy volunteers',
        'dose escalation',
        'safety',
        'tolerability',
        'enrolled',
        'patients',
        'cohort',
        'first patient',
      ],
      zh: ['临床', '试验', '受试者', '给药', '剂量递增', '耐受性', '安全性', '入组', '患者', '首例'],
    },
    otherSenses: [projectPhase],
  },
  {
    id: 'phase-2',
    category: 'clinical',
    name: { en: 'Phase 2', zh: 'Ⅱ期临床试验' },
    forms: {
      en: [
        'Phase 2',
        'Phase II',
        'phase II',
        'Phase 2a',
        'Phase 2b',
        'Phase IIa',
        'phase IIa',
        'Phase IIb',
        'phase IIb',
        'Phase 2/3',
        'Phase II/III',
        'phase II/III',
      ],
      zh: [
        'Ⅱ期临床',
        'II期临床',
        '2期临床',
        '二期临床',
        'Ⅱ期试验',
        'II期试验',
        '2期试验',
        'Ⅱ期研究',
        'II期研究',
        '2期研究',
        'IIa期临床',
        'IIb期临床',
        '2a期临床',
        '2b期临床',
        'Ⅱ/Ⅲ期临床',
        'II/III期临床',
        '2/3期临床',
      ],
    },
    short: {
      en: 'The first test of efficacy in patients with the target disease, typically a few dozen to a few hundred people, used to pick the dose for Phase 3. Phase 2 readouts are major value and deal events.',
      zh: '首次在目标适应症患者中检验疗效，通常纳入数十至数百人，用于确定Ⅲ期剂量。Ⅱ期数据读出是影响估值和交易的重要事件。',
    },
    details: {
      en: 'Phase 2a studies are often small, open-label or exploratory and aim at proof of concept; Phase 2b studies are larger, randomised, dose-ranging and often placebo-controlled. Phase 2 has the lowest success rate of all phases, which is why positive Phase 2 data drive licensing deals and financings. Seamless Phase 2/3 designs move into a confirmatory stage under the same protocol and are listed under Phase 2 here; in China a strong single-arm pivotal Phase 2 can support conditional approval (附条件批准). Chinese writes Ⅱ期 (II期, 2期, 二期) 临床.',
      zh: 'Ⅱa期多为小规模、开放或探索性研究，目的在于概念验证；Ⅱb期规模更大，为随机、多剂量组研究，常设安慰剂对照。Ⅱ期是各期中成功率最低的阶段，因此积极的Ⅱ期数据常带动授权交易和融资。Ⅱ/Ⅲ期无缝设计在同一方案下进入确证阶段，本词条将其归入Ⅱ期；在我国，关键性单臂Ⅱ期试验结果可支持附条件批准上市。中文写作Ⅱ期、II期、2期或二期临床。',
    },
    differences: [
      {
        term: 'poc',
        en: 'Proof of concept is a result, often sought in Phase 2a; Phase 2 is the trial stage itself.',
        zh: '概念验证是一种结果，常在Ⅱa期获得；Ⅱ期是试验阶段本身。',
      },
      {
        term: 'phase-3',
        en: 'Phase 3 confirms efficacy in a larger population for registration; Phase 2 explores efficacy and selects the dose.',
        zh: 'Ⅲ期在更大人群中确证疗效以支持注册，Ⅱ期负责探索疗效、确定剂量。',
      },
    ],
    related: ['phase-1', 'phase-3', 'poc', 'rct', 'endpoint', 'accelerated-approval'],
    references: ['ICH E8(R1)', 'ICH E9', '21 CFR 312.21', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'trial',
        'study',
        'patients',
        'efficacy',
        'randomized',
        'dose',
        'readout',
        'topline',
        'enrolled',
        'cohort',
        'primary endpoint',
        'data',
      ],
      zh: ['临床', '试验', '患者', '疗效', '随机', '剂量', '入组', '数据', '主要终点', '读出'],
    },
    otherSenses: [projectPhase],
  },
  {
    id: 'phase-3',
    category: 'clinical',
    name: { en: 'Phase 3', zh: 'Ⅲ期临床试验' },
    forms: {
      en: [
        'Phase 3',
        'Phase III',
        'phase III',
        'Phase 3a',
        'Phase 3b',
        'Phase IIIa',
        'phase IIIa',
        'Phase IIIb',
        'phase IIIb',
      ],
      zh: [
        'Ⅲ期临床',
        'III期临床',
        '3期临床',
        '三期临床',
        'Ⅲ期试验',
        'III期试验',
        '3期试验',
        'Ⅲ期研究',
        'III期研究',
        '3期研究',
        'IIIa期临床',
        'IIIb期临床',
        '3b期临床',
      ],
    },
    short: {
      en: "Large confirmatory trials, typically hundreds to thousands of patients, that provide the main evidence for approval. Phase 3 is the costliest stage; 'pivotal' trials and their topline results move share prices.",
      zh: '为上市申请提供主要证据的大规模确证性试验，通常纳入数百至数千名患者。Ⅲ期是花费最高的阶段，关键性试验及其顶线结果常直接影响股价。',
    },
    details: {
      en: 'Phase 3 trials are usually randomised, controlled and often double-blind, comparing the drug with placebo or standard of care on a prespecified primary endpoint; regulators traditionally expect two adequate trials, or one large trial with strong supporting evidence. They run across many countries and sites, so they drive CRO revenue, site capacity and spending on patient recruitment. Phase 3b studies run around or after the filing to add data for labelling or market access. International multicentre trials that include Chinese sites (国际多中心临床试验) can support NMPA approval; Chinese writes Ⅲ期 (III期, 3期, 三期) 临床.',
      zh: 'Ⅲ期通常为随机、对照试验，多采用双盲，以预先设定的主要终点将药物与安慰剂或标准治疗比较；监管机构传统上要求两项充分的试验，或一项大型试验加有力的支持性证据。Ⅲ期往往在多个国家、大量中心开展，是CRO收入、研究中心资源和患者招募支出的主要来源。Ⅲb期在递交上市申请前后进行，用于补充说明书或市场准入所需数据。包含中国中心的国际多中心临床试验数据可用于支持NMPA批准；中文写作Ⅲ期、III期、3期或三期临床。',
    },
    differences: [
      {
        term: 'phase-2',
        en: 'Phase 2 explores efficacy and chooses the dose; Phase 3 confirms efficacy and safety at that dose for registration.',
        zh: 'Ⅱ期探索疗效、确定剂量，Ⅲ期在该剂量下确证疗效和安全性以支持注册。',
      },
      {
        term: 'phase-4',
        en: 'Phase 4 studies run after approval; Phase 3 generates the data for approval.',
        zh: 'Ⅳ期在上市后开展，Ⅲ期为获批提供数据。',
      },
    ],
    related: ['phase-2', 'phase-4', 'rct', 'double-blind', 'endpoint', 'nda', 'bla', 'patient-recruitment'],
    references: ['ICH E8(R1)', 'ICH E9(R1)', 'ICH E17', '21 CFR 312.21', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'pivotal',
        'trial',
        'patients',
        'randomized',
        'placebo',
        'primary endpoint',
        'topline',
        'met',
        'enrolled',
        'registrational',
        'efficacy',
        'readout',
      ],
      zh: ['关键性', '注册', '临床', '患者', '随机', '安慰剂', '主要终点', '顶线', '入组', '疗效', '达到'],
    },
    otherSenses: [projectPhase],
  },
  {
    id: 'phase-4',
    category: 'clinical',
    name: { en: 'Phase 4', zh: 'Ⅳ期临床试验' },
    forms: {
      en: ['Phase 4', 'Phase IV', 'phase IV', 'post-marketing study'],
      zh: [
        'Ⅳ期临床',
        'IV期临床',
        '4期临床',
        '四期临床',
        'Ⅳ期试验',
        'IV期试验',
        '4期试验',
        'Ⅳ期研究',
        'IV期研究',
        '4期研究',
        '上市后研究',
      ],
    },
    short: {
      en: 'Studies run after a drug is approved to gather long-term safety data, effectiveness in routine use or data for new uses. Some are required by regulators as a condition of approval.',
      zh: '药品获批上市后开展的研究，用于收集长期安全性、真实使用中的有效性或新用途数据。部分研究是监管机构批准时附加的要求。',
    },
    details: {
      en: 'Phase 4 covers FDA post-marketing requirements and commitments (PMRs and PMCs), EU post-authorisation safety studies (PASS), and company-sponsored studies that support marketing or reimbursement. Confirmatory trials owed after an accelerated or conditional approval are also post-marketing requirements, though they are usually designed like Phase 3 trials. Many Phase 4 studies are observational and draw on real-world data. In China 上市后研究 and Ⅳ期临床 are used loosely for the same idea, and NMPA can attach post-marketing study requirements to a conditional approval.',
      zh: 'Ⅳ期包括FDA要求或企业承诺的上市后研究（PMR、PMC）、欧盟上市后安全性研究（PASS），以及企业为推广或医保准入开展的研究。加速批准或附条件批准后须完成的确证性试验也属上市后要求，但通常按Ⅲ期设计。许多Ⅳ期研究为观察性研究，依托真实世界数据。国内“上市后研究”和“Ⅳ期临床”常混用，NMPA在附条件批准时也会提出上市后研究要求。',
    },
    differences: [
      {
        term: 'phase-3',
        en: 'Phase 3 generates the evidence for approval; Phase 4 studies follow approval.',
        zh: 'Ⅲ期为获批提供证据，Ⅳ期在获批后开展。',
      },
      {
        term: 'rwe',
        en: 'RWE is a type of evidence that Phase 4 studies often produce; not every Phase 4 study is a real-world study.',
        zh: '真实世界证据是Ⅳ期研究常产出的证据类型，但并非所有Ⅳ期研究都是真实世界研究。',
      },
    ],
    related: ['phase-3', 'pharmacovigilance', 'rwe', 'rwd', 'accelerated-approval', 'rems'],
    references: ['ICH E2E', 'EU GVP Module VIII', '药品管理法', '药品注册管理办法'],
    cues: {
      en: [
        'post-marketing',
        'approved',
        'real-world',
        'long-term',
        'safety',
        'observational',
        'label',
        'registry',
        'commitment',
        'patients',
      ],
      zh: ['上市后', '获批', '真实世界', '长期', '安全性', '观察性', '说明书', '登记', '患者'],
    },
    otherSenses: [projectPhase],
  },
  {
    id: 'fih',
    category: 'clinical',
    name: { en: 'FIH', zh: 'FIH' },
    expansion: { en: 'First-in-Human', zh: '首次人体试验' },
    forms: {
      en: ['FIH', 'First-in-Human', 'first-in-man'],
      zh: ['首次人体试验', '首次人体临床', '首次人体研究', '首次人体给药'],
    },
    short: {
      en: 'The first time a new drug is given to people, usually a Phase 1 trial with careful dose escalation from a starting dose derived from animal data. Starting an FIH trial is a key biotech milestone.',
      zh: '新药首次用于人体，通常为Ⅰ期试验，从依据动物数据推算的起始剂量开始谨慎递增。启动首次人体试验是生物技术公司的关键里程碑。',
    },
    details: {
      en: "An FIH trial follows completed IND-enabling studies and an accepted IND or clinical trial application. The starting dose is derived from the animal NOAEL with safety factors or, for high-risk agents such as immune agonists, from the minimal anticipated biological effect level (MABEL), a practice reinforced after the 2006 TGN1412 incident. Sentinel dosing and staggered cohorts limit the risk. Companies announce 'first patient dosed' as a milestone; Chinese media write 首次人体试验 or 首例受试者给药, and many Chinese biotechs have run FIH trials in Australia first for speed.",
      zh: '首次人体试验须在完成IND支持性研究、IND或临床试验申请获准后开展。起始剂量通常由动物NOAEL加安全系数推算；对免疫激动剂等高风险药物，则依据最低预期生物效应剂量（MABEL），这一做法在2006年TGN1412事件后得到强化。哨兵给药和错开入组可降低风险。企业常以“首例受试者给药”作为里程碑公告；不少国内生物技术公司为求速度先在澳大利亚开展首次人体试验。',
    },
    differences: [
      {
        term: 'phase-1',
        en: 'Phase 1 is the whole early stage of human testing; FIH is only its first trial of a new drug.',
        zh: 'Ⅰ期是人体试验的整个早期阶段，首次人体试验只是新药的第一项人体试验。',
      },
    ],
    related: ['phase-1', 'ind-enabling-studies', 'toxicology', 'ind', 'pk'],
    references: [
      'ICH M3(R2)',
      'EMA guideline on first-in-human and early clinical trials (2017)',
      'FDA guidance on estimating the maximum safe starting dose (2005)',
    ],
    cues: {
      en: [
        'dosed',
        'healthy volunteers',
        'starting dose',
        'dose escalation',
        'phase 1',
        'sentinel',
        'cohort',
        'trial',
        'milestone',
        'first patient',
      ],
      zh: ['首例', '给药', '受试者', '起始剂量', '剂量递增', '健康受试者', '早期临床', '里程碑'],
    },
    otherSenses: [
      {
        id: 'international_hockey_federation',
        expansion: { en: 'International Hockey Federation', zh: '国际曲棍球联合会' },
        short: {
          en: 'The world governing body of field hockey, abbreviated FIH from its French name.',
          zh: '国际曲棍球运动的管理机构，缩写FIH源自其法文名称。',
        },
        cues: {
          en: ['hockey', 'pro league', 'world cup', 'olympic', 'tournament', 'field hockey'],
          zh: ['曲棍球', '联赛', '世界杯', '奥运', '比赛', '国际曲联'],
        },
      },
    ],
  },
  {
    id: 'poc',
    category: 'clinical',
    name: { en: 'PoC', zh: 'PoC' },
    expansion: { en: 'Proof of Concept', zh: '概念验证' },
    forms: {
      en: ['PoC', 'POC', 'Proof of Concept'],
      zh: ['概念验证'],
    },
    short: {
      en: 'Early evidence, usually from a small Phase 2a trial, that a drug acts on its target and produces a meaningful effect in patients. Clinical PoC is a key value inflection point for licensing deals.',
      zh: '证明药物作用于靶点并在患者中产生有意义疗效的早期证据，通常来自小规模Ⅱa期试验。临床概念验证是授权交易中关键的价值拐点。',
    },
    details: {
      en: "PoC can be biological (target engagement and a PD effect, sometimes shown in Phase 1b) or clinical (an effect on a disease-relevant endpoint in patients). Before PoC most of an asset's value is expectation; after it, risk falls sharply and the asset becomes easier to partner or finance, so many deals tie payments to PoC readouts. Preclinical PoC in animal models is a much weaker claim, so readers should check which one a press release means. Chinese media use 概念验证 or keep PoC, as in 临床概念验证.",
      zh: '概念验证可分为生物学层面（靶点结合和药效学效应，有时在Ⅰb期获得）和临床层面（在患者中对疾病相关终点产生作用）。获得概念验证前，项目价值多为预期；之后风险大幅下降，更易找到合作方或融资，许多交易的付款与概念验证数据挂钩。动物模型中的临床前概念验证证据力弱得多，阅读新闻时需辨别所指。中文常用“概念验证”或保留PoC，如“临床概念验证”。',
    },
    differences: [
      {
        term: 'phase-2',
        en: 'Phase 2 is a trial stage; proof of concept is the result a Phase 2a trial is often designed to deliver.',
        zh: 'Ⅱ期是试验阶段，概念验证是Ⅱa期试验通常希望得到的结果。',
      },
    ],
    related: ['phase-2', 'pd', 'endpoint', 'licensing', 'milestone-payment'],
    references: ['ICH E8(R1)'],
    cues: {
      en: [
        'efficacy',
        'signal',
        'phase 2a',
        'data',
        'readout',
        'clinical',
        'validation',
        'target',
        'patients',
        'asset',
      ],
      zh: ['疗效', '信号', '早期临床', '数据', '临床', '靶点', '验证', '患者'],
    },
    otherSenses: [
      {
        id: 'point_of_care',
        expansion: { en: 'Point of Care', zh: '即时检验' },
        short: {
          en: 'Testing or treatment at or near the patient, such as rapid diagnostic devices used outside a central lab.',
          zh: '在患者身边进行的检测或诊疗，如在中心实验室以外使用的快速诊断设备。',
        },
        cues: {
          en: ['testing', 'diagnostic', 'device', 'rapid', 'assay', 'bedside', 'analyzer', 'test'],
          zh: ['即时检验', '检测', '诊断', '设备', '快速', '床旁', '试剂'],
        },
      },
      {
        id: 'people_of_color',
        expansion: { en: 'People of Color', zh: '有色人种' },
        short: { en: 'US term for people who are not white.', zh: '美国用语，指非白人群体。' },
        cues: {
          en: ['diversity', 'racial', 'black', 'hispanic', 'communities', 'equity', 'representation'],
          zh: ['有色人种', '种族', '多元化', '少数族裔', '平权', '社区'],
        },
      },
    ],
  },
  {
    id: 'rct',
    category: 'clinical',
    name: { en: 'RCT', zh: 'RCT' },
    expansion: { en: 'Randomized Controlled Trial', zh: '随机对照试验' },
    forms: {
      en: ['RCT', 'Randomized Controlled Trial', 'Randomised Controlled Trial', 'randomized clinical trial'],
      zh: ['随机对照试验', '随机对照临床试验', '随机对照研究'],
    },
    short: {
      en: 'A trial in which participants are assigned by chance to the drug or a control (placebo or standard treatment). Randomisation balances the groups, making RCTs the gold standard for proving efficacy.',
      zh: '将受试者随机分配至试验药组或对照组（安慰剂或标准治疗）的试验。随机化使组间可比，因此RCT被视为证明疗效的金标准。',
    },
    details: {
      en: "In an RCT the only systematic difference between arms is the treatment, so a difference in outcome can be attributed to the drug; blinding and a prespecified analysis plan (ICH E9) protect this. Most Phase 3 and many Phase 2 trials are RCTs, while single-arm trials and real-world studies are used where randomisation is impractical or unethical, as in some rare diseases. Regulators give RCT evidence the most weight, and news often separates 'randomized' data from open-label single-arm data. Chinese describes the full design as 随机、双盲、安慰剂对照.",
      zh: 'RCT各组之间唯一的系统性差异是治疗本身，因此结局差异可归因于药物；盲法和预先设定的统计分析计划（ICH E9）保障这一点。大部分Ⅲ期和不少Ⅱ期试验为RCT；在部分罕见病等难以或不宜随机化的场景，则采用单臂试验或真实世界研究。监管机构对RCT证据权重最高，新闻中常区分随机数据与开放标签单臂数据。中文完整设计常写作“随机、双盲、安慰剂对照”。',
    },
    differences: [
      {
        term: 'rwe',
        en: 'RWE comes from routine-care data without randomisation; RCT evidence comes from controlled random assignment.',
        zh: '真实世界证据来源于常规诊疗数据、未经随机分组，RCT证据来自受控的随机分配。',
      },
      {
        term: 'double-blind',
        en: 'Randomisation decides who gets what; double-blinding hides it. An RCT can also be open-label.',
        zh: '随机决定分组，双盲隐藏分组；RCT也可以是开放标签。',
      },
    ],
    related: ['double-blind', 'placebo', 'phase-3', 'endpoint', 'rwe'],
    references: ['ICH E9', 'ICH E10', 'ICH E8(R1)'],
    cues: {
      en: [
        'randomized',
        'randomised',
        'controlled',
        'placebo',
        'arm',
        'trial',
        'double-blind',
        'patients',
        'efficacy',
        'evidence',
      ],
      zh: ['随机', '对照', '安慰剂', '双盲', '试验', '患者', '疗效', '证据', '分组'],
    },
    otherSenses: [
      {
        id: 'root_canal_treatment',
        expansion: { en: 'Root Canal Treatment', zh: '根管治疗' },
        short: {
          en: 'A dental procedure that removes infected pulp from inside a tooth.',
          zh: '清除牙齿内部感染牙髓的牙科治疗。',
        },
        cues: {
          en: ['tooth', 'dental', 'dentist', 'root canal', 'pulp', 'endodontic'],
          zh: ['牙齿', '牙科', '根管', '牙髓', '口腔', '牙医'],
        },
      },
    ],
  },
  {
    id: 'be-study',
    category: 'clinical',
    name: { en: 'BE study', zh: 'BE试验' },
    expansion: { en: 'Bioequivalence Study', zh: '生物等效性试验' },
    forms: {
      en: ['BE study', 'bioequivalence study', 'BE', 'bioequivalence'],
      zh: ['生物等效性试验', '生物等效性研究', '生物等效性'],
    },
    short: {
      en: 'A PK study, usually a crossover in healthy volunteers, showing that a generic or new formulation gives the same exposure as the reference drug: 90% CIs of the Cmax and AUC ratios within 80–125%.',
      zh: '通常在健康受试者中采用交叉设计的药代研究，证明仿制药或新制剂与参比制剂体内暴露一致：Cmax和AUC几何均值比的90%置信区间落在80%～125%之内。',
    },
    details: {
      en: 'BE studies are the core clinical evidence for generic drugs (ANDAs in the US) and for bridging formulation or manufacturing-site changes; they compare test and reference products under fasting and often fed conditions. Highly variable drugs may use reference-scaled limits, and some products qualify for a biowaiver based on dissolution and BCS class. They are a large business for Phase 1 units and CROs, especially in China, where BE studies underpin generic consistency evaluation and have been run under a filing (备案) system rather than case-by-case approval since December 2015. ICH M13A (2024) harmonises BE design for immediate-release oral forms.',
      zh: 'BE试验是仿制药（美国为ANDA）的核心临床证据，也用于剂型、生产场地等变更的桥接；通常在空腹及餐后条件下比较受试制剂与参比制剂。高变异药物可采用参比制剂标度的等效限，部分产品可依据溶出和BCS分类申请豁免。BE试验是Ⅰ期病房和CRO的重要业务，在国内是仿制药一致性评价的基础；自2015年12月起，我国化学仿制药BE试验由审批制改为备案制。ICH M13A（2024年）统一了口服速释制剂的BE设计要求。',
    },
    differences: [
      {
        term: 'consistency-evaluation',
        en: "Consistency evaluation is China's programme requiring marketed generics to match the originator; a BE study is the clinical test usually used within it.",
        zh: '一致性评价是我国要求已上市仿制药在质量和疗效上与原研药一致的工作，BE试验是其中通常采用的临床研究。',
      },
      {
        term: 'pk',
        en: 'PK describes the exposure to one drug; a BE study uses PK to compare two products.',
        zh: 'PK描述药物的体内暴露，BE试验利用PK比较两种制剂。',
      },
    ],
    related: ['generic-drug', 'anda', 'consistency-evaluation', 'pk', 'phase-1', 'cro'],
    references: [
      '21 CFR 320',
      'ICH M13A',
      'EMA Guideline on the Investigation of Bioequivalence',
      '以药动学参数为终点评价指标的化学药物仿制药人体生物等效性研究技术指导原则',
    ],
    cues: {
      en: [
        'bioequivalence',
        'generic',
        'reference',
        'cmax',
        'auc',
        'fasting',
        'fed',
        'crossover',
        'healthy volunteers',
        'formulation',
        'anda',
        '90% ci',
      ],
      zh: ['参比制剂', '仿制药', '空腹', '餐后', '等效', '一致性评价', '交叉', '受试制剂', '健康受试者', '备案'],
    },
    otherSenses: [
      {
        id: 'belgium',
        expansion: { en: 'Belgium', zh: '比利时' },
        short: {
          en: 'Country code for Belgium, as in EU member-state lists and the .be web domain.',
          zh: '比利时的国家代码，见于欧盟成员国列表和.be域名。',
        },
        cues: {
          en: ['belgium', 'brussels', 'member state', 'country', 'antwerp', 'flanders'],
          zh: ['比利时', '布鲁塞尔', '成员国', '国家', '安特卫普', '欧盟'],
        },
      },
      {
        id: 'be_english_verb',
        expansion: { en: 'be (English verb)', zh: '英语动词be' },
        short: {
          en: 'The ordinary English verb, written BE in all-capital headings, slogans and titles.',
          zh: '英语普通动词be，在全大写的标题、口号中写作BE。',
        },
        cues: {
          en: ['will', 'to', 'can', 'may', 'must', 'not', 'should', 'could', 'would', 'never'],
          zh: ['英语', '英文', '标题', '口号', '歌词', '大写'],
        },
      },
      {
        id: 'bachelor_of_engineering',
        expansion: { en: 'Bachelor of Engineering', zh: '工学学士' },
        short: {
          en: 'An engineering degree, often written BE in Indian and Australian CVs and job ads.',
          zh: '工科学士学位，印度、澳大利亚的简历和招聘启事中常写作BE。',
        },
        cues: {
          en: ['degree', 'engineering', 'graduate', 'university', 'b.tech', 'mechanical', 'electrical', 'candidate'],
          zh: ['学位', '工学', '学士', '毕业', '大学', '工程', '招聘'],
        },
      },
    ],
  },
  {
    id: 'pi',
    category: 'clinical',
    name: { en: 'PI', zh: 'PI' },
    expansion: { en: 'Principal Investigator', zh: '主要研究者' },
    forms: {
      en: ['PI', 'Principal Investigator'],
      zh: ['主要研究者'],
    },
    short: {
      en: "The physician who leads a clinical trial at a site and is responsible for participants' safety and data quality there. Multicentre trials also name a lead PI. PI can also mean prescribing information.",
      zh: '在研究中心负责组织实施临床试验的医生，对受试者安全和数据质量负责。多中心试验另设牵头研究者；PI也可指药品说明书。',
    },
    details: {
      en: "Under ICH E6 and China's 2020 GCP the PI supervises the site team (sub-investigators, CRCs), ensures informed consent, reports SAEs to the sponsor and keeps source records. A well-known PI (a key opinion leader) helps recruitment and credibility, and Chinese press releases often name the 主要研究者 or the 牵头研究者 (lead PI of a multicentre trial). Under the site-filing rules in force since December 2019, a PI in China generally must hold a senior professional title and have taken part in at least three drug trials. Context decides between this sense and prescribing information, which is also shortened to PI.",
      zh: '根据ICH E6和我国2020年版GCP，主要研究者负责管理研究团队（研究者、CRC等），确保知情同意，向申办者报告严重不良事件并保存原始记录。知名主要研究者（KOL）有助于招募和学术认可，国内新闻稿常点名主要研究者或多中心试验的牵头研究者（Leading PI）。按2019年12月起施行的临床试验机构备案管理规定，主要研究者一般须具有高级职称并参加过3个以上药物临床试验。“PI”也是药品说明书（Prescribing Information）的缩写，需结合上下文判断。',
    },
    differences: [
      {
        term: 'cra',
        en: "A CRA is the sponsor's or CRO's monitor who checks the site's work; the PI is the physician who runs the trial at the site.",
        zh: 'CRA是申办者或CRO派出的监查员，负责核查中心工作；PI是在中心主持试验的医生。',
      },
      {
        term: 'crc',
        en: "A CRC handles the PI's day-to-day trial tasks and makes no medical decisions.",
        zh: 'CRC协助PI处理日常事务，不作医学判断。',
      },
      {
        term: 'prescribing-information',
        en: 'Prescribing information, the approved drug label, is also abbreviated PI; words such as site, trial or investigator point to the principal investigator.',
        zh: '药品说明书（Prescribing Information）也缩写为PI；出现研究中心、试验、研究者等词时多指主要研究者。',
      },
    ],
    related: ['cra', 'crc', 'gcp', 'ethics-committee', 'informed-consent', 'smo', 'prescribing-information'],
    references: ['ICH E6(R3)', '21 CFR 312.60', '药物临床试验质量管理规范', '药物临床试验机构管理规定'],
    cues: {
      en: [
        'site',
        'trial',
        'investigator',
        'enrolled',
        'study',
        'principal',
        'professor',
        'hospital',
        'led by',
        'oncologist',
      ],
      zh: ['研究者', '主要研究者', '临床试验', '中心', '牵头', '教授', '医院', '入组', '主任'],
    },
    otherSenses: [
      {
        id: 'private_investigator',
        expansion: { en: 'Private Investigator', zh: '私家侦探' },
        short: {
          en: 'A detective hired privately for surveillance or background checks.',
          zh: '受私人委托进行调查、跟踪的侦探。',
        },
        cues: {
          en: ['detective', 'hired', 'surveillance', 'private', 'investigation', 'spouse', 'agency'],
          zh: ['私家侦探', '侦探', '跟踪', '调查', '雇佣', '委托'],
        },
      },
      {
        id: 'protease_inhibitor',
        expansion: { en: 'Protease Inhibitor', zh: '蛋白酶抑制剂' },
        short: {
          en: 'A class of antivirals for HIV and hepatitis C that block viral protease enzymes.',
          zh: '阻断病毒蛋白酶的一类抗病毒药，用于艾滋病和丙肝。',
        },
        cues: {
          en: ['hiv', 'protease', 'antiretroviral', 'hcv', 'ritonavir', 'regimen', 'boosted', 'resistance'],
          zh: ['艾滋病', '蛋白酶', '抗逆转录病毒', '丙肝', '利托那韦', '耐药', '方案'],
        },
      },
      {
        id: 'polyimide',
        expansion: { en: 'Polyimide', zh: '聚酰亚胺' },
        short: {
          en: 'A heat-resistant polymer used in films for flexible electronics, widely called PI in Chinese industry news.',
          zh: '耐高温高分子材料，广泛用于柔性电子薄膜，中文行业新闻常称PI。',
        },
        cues: {
          en: ['film', 'polymer', 'flexible', 'display', 'polyimide', 'substrate', 'insulation'],
          zh: ['聚酰亚胺', '薄膜', '柔性', '显示', '材料', '基板', '绝缘'],
        },
      },
    ],
    sharedForms: ['PI'],
  },
  {
    id: 'cra',
    category: 'clinical',
    name: { en: 'CRA', zh: 'CRA' },
    expansion: { en: 'Clinical Research Associate', zh: '临床监查员' },
    forms: {
      en: ['CRA', 'Clinical Research Associate', 'clinical monitor'],
      zh: ['临床监查员', '监查员'],
    },
    short: {
      en: "The sponsor's or CRO's monitor who visits trial sites to check that the protocol and GCP are followed and that data match source records. CRA headcount and turnover are key CRO capacity metrics.",
      zh: '申办者或CRO派驻研究中心的监查人员，核查方案和GCP执行情况以及数据与原始记录是否一致。CRA人数和流失率是衡量CRO产能的重要指标。',
    },
    details: {
      en: 'CRAs qualify and initiate sites, carry out monitoring visits with source data verification (SDV), follow up data queries and protocol deviations, and close sites out. Since ICH E6(R2) monitoring has moved towards risk-based and partly remote approaches, changing how CRAs spend their time. CRO staffing reports and functional service provider (FSP) deals are often counted in CRAs. The Chinese title is 临床监查员; the GCP term is 监查, not the similar-sounding 监察.',
      zh: 'CRA负责研究中心的筛选和启动、开展监查访视并进行原始数据核查（SDV）、跟进数据质疑和方案偏离，并完成关中心。自ICH E6(R2)起，监查转向基于风险和部分远程的方式，改变了CRA的工作方式。CRO的人员规模和FSP合作常以CRA人数计。中文职位为“临床监查员”，GCP用语为“监查”，而非“监察”。',
    },
    differences: [
      {
        term: 'crc',
        en: 'A CRC works at the site for the investigator; a CRA works for the sponsor or CRO and checks the site.',
        zh: 'CRC在研究中心为研究者工作，CRA为申办者或CRO工作并核查中心。',
      },
      {
        term: 'pi',
        en: 'The PI is the physician responsible for the trial at the site; the CRA monitors that site for the sponsor.',
        zh: 'PI是在中心对试验负责的医生，CRA代表申办者监查该中心。',
      },
    ],
    related: ['crc', 'pi', 'cro', 'fsp', 'gcp', 'edc', 'ctms'],
    references: ['ICH E6(R3)', '21 CFR 312.56', '药物临床试验质量管理规范'],
    cues: {
      en: ['monitoring', 'site', 'visit', 'sdv', 'source data', 'cro', 'sponsor', 'trial', 'monitor', 'queries'],
      zh: ['监查', '中心', '访视', '原始数据', '申办者', '临床试验', '核查', 'cro'],
    },
    otherSenses: [
      {
        id: 'canada_revenue_agency',
        expansion: { en: 'Canada Revenue Agency', zh: '加拿大税务局' },
        short: { en: "Canada's federal tax authority.", zh: '加拿大联邦税务机构。' },
        cues: {
          en: ['tax', 'canada', 'canadian', 'taxpayers', 'benefit', 'return', 'refund'],
          zh: ['税务', '加拿大', '纳税', '退税', '报税', '福利'],
        },
      },
      {
        id: 'credit_rating_agency',
        expansion: { en: 'Credit Rating Agency', zh: '信用评级机构' },
        short: {
          en: "A firm such as Moody's or S&P that rates the creditworthiness of issuers and their debt.",
          zh: '评估发行人及其债务信用的机构，如穆迪、标普。',
        },
        cues: {
          en: ['rating', 'credit', 'bond', "moody's", 'downgrade', 'debt', 'outlook'],
          zh: ['评级', '信用', '债券', '穆迪', '下调', '债务', '展望'],
        },
      },
    ],
  },
  {
    id: 'crc',
    category: 'clinical',
    name: { en: 'CRC', zh: 'CRC' },
    expansion: { en: 'Clinical Research Coordinator', zh: '临床研究协调员' },
    forms: {
      en: ['CRC', 'Clinical Research Coordinator', 'study coordinator'],
      zh: ['临床研究协调员', '临床协调员'],
    },
    short: {
      en: "Site staff who handle a trial's daily work for the investigator: scheduling visits, consent paperwork, data entry and sample logistics. In China most CRCs are supplied by SMOs.",
      zh: '在研究中心协助研究者处理试验日常事务的人员，负责访视安排、知情同意文件、数据录入和样本流转等。国内CRC大多由SMO派驻。',
    },
    details: {
      en: 'CRCs make no medical judgements but keep the trial running at the site: they enter data into EDC, answer CRA queries and coordinate with the pharmacy and laboratories. In the US they are usually hospital or site employees; Chinese hospitals rarely fund such posts, so sponsors contract SMOs that place CRCs at sites, which makes CRC headcount a key SMO metric. Chinese media also write 临床协调员 or simply CRC. In oncology news CRC more often means colorectal cancer, so context matters.',
      zh: 'CRC不作医学判断，但负责维持中心层面的试验运转：录入EDC、回复CRA的数据质疑、协调药房和实验室。美国的CRC通常是医院或研究中心的雇员；国内医院较少设此岗位，申办者通过SMO向中心派驻CRC，CRC人数因此成为SMO的核心指标。中文也称“临床协调员”或直接写CRC。肿瘤新闻中CRC更常指结直肠癌，需结合上下文判断。',
    },
    differences: [
      {
        term: 'cra',
        en: 'A CRA monitors the site for the sponsor or CRO; a CRC works inside the site for the investigator.',
        zh: 'CRA代表申办者或CRO监查中心，CRC在中心内部为研究者工作。',
      },
      {
        term: 'smo',
        en: 'An SMO is the company that employs and places CRCs in China; the CRC is the person working at the site.',
        zh: 'SMO是国内雇佣并派驻CRC的公司，CRC是在中心工作的具体人员。',
      },
    ],
    related: ['cra', 'pi', 'smo', 'edc', 'patient-recruitment'],
    references: ['ICH E6(R3)', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'coordinator',
        'coordinators',
        'smo',
        'site staff',
        'site management',
        'investigator',
        'cra',
        'visit',
        'data entry',
        'headcount',
        'hiring',
      ],
      zh: ['协调员', 'smo', '派驻', '研究者', 'cra', '访视', '人员', '岗位', '招聘', '临床试验机构'],
    },
    otherSenses: [
      {
        id: 'colorectal_cancer',
        expansion: { en: 'Colorectal Cancer', zh: '结直肠癌' },
        short: {
          en: 'Cancer of the colon or rectum, a major oncology indication often abbreviated CRC in trial news.',
          zh: '结肠或直肠的恶性肿瘤，是重要的肿瘤适应症，试验新闻中常缩写为CRC。',
        },
        cues: {
          en: [
            'colorectal',
            'tumor',
            'metastatic',
            'kras',
            'mcrc',
            'colon',
            'rectal',
            'braf',
            'msi-h',
            'chemotherapy',
            'cancer',
            'first-line',
            'oncology',
          ],
          zh: [
            '结直肠癌',
            '肿瘤',
            '转移',
            'kras',
            '结肠',
            '直肠',
            '化疗',
            '癌',
            '晚期',
            '一线',
            '西妥昔单抗',
            '贝伐珠单抗',
          ],
        },
      },
      {
        id: 'cyclic_redundancy_check',
        expansion: { en: 'Cyclic Redundancy Check', zh: '循环冗余校验' },
        short: {
          en: 'A checksum used to detect errors in data transmission and storage.',
          zh: '用于检测数据传输和存储错误的校验码。',
        },
        cues: {
          en: ['checksum', 'error', 'bits', 'data', 'packet', 'firmware'],
          zh: ['校验', '错误', '数据', '比特', '报文', '固件'],
        },
      },
    ],
  },
  {
    id: 'edc',
    category: 'clinical',
    name: { en: 'EDC', zh: 'EDC' },
    expansion: { en: 'Electronic Data Capture', zh: '电子数据采集' },
    forms: {
      en: ['EDC', 'Electronic Data Capture'],
      zh: ['电子数据采集'],
    },
    short: {
      en: 'Software in which trial sites enter patient data into electronic case report forms (eCRFs), with built-in checks and audit trails. EDC replaced paper CRFs and is core clinical-trial technology.',
      zh: '研究中心将受试者数据录入电子病例报告表（eCRF）的软件系统，带有逻辑核查和稽查轨迹。EDC取代了纸质CRF，是临床试验的核心技术系统。',
    },
    details: {
      en: 'An EDC system is built for each study from the protocol (forms, edit checks and user roles); site staff enter data, CRAs and data managers raise queries, and the locked database goes to statistical analysis. The system must meet electronic-records rules such as 21 CFR Part 11 and the data-integrity expectations of GCP. Vendors such as Medidata and Oracle lead the market, and Chinese providers are growing as NMPA inspections focus on data. Chinese texts use EDC or 电子数据采集系统.',
      zh: 'EDC系统按方案为每项研究单独搭建：表单、逻辑核查和用户权限；中心人员录入数据，CRA和数据管理员发出质疑，锁库后的数据用于统计分析。系统须符合21 CFR Part 11等电子记录法规以及GCP对数据完整性的要求。市场由Medidata、Oracle等厂商主导，随着NMPA核查重视数据质量，国内供应商也在成长。中文写作EDC或“电子数据采集系统”。',
    },
    differences: [
      {
        term: 'ctms',
        en: "A CTMS manages the trial's operations (sites, visits, budgets); EDC holds the participants' clinical data.",
        zh: 'CTMS管理试验运营（中心、访视、预算），EDC存放受试者的临床数据。',
      },
    ],
    related: ['ctms', 'cra', 'crc', 'data-integrity', 'csv', 'dct'],
    references: ['21 CFR Part 11', 'ICH E6(R3)', '药物临床试验质量管理规范', '临床试验的电子数据采集技术指导原则'],
    cues: {
      en: [
        'ecrf',
        'clinical data',
        'database',
        'queries',
        'data management',
        'platform',
        'medidata',
        'trial',
        'edit checks',
        'data',
      ],
      zh: ['病例报告表', '数据', '数据管理', '数据库', '质疑', '锁库', '平台', '临床试验', '系统'],
    },
    otherSenses: [
      {
        id: 'endocrine_disrupting_chemical',
        expansion: { en: 'Endocrine-Disrupting Chemical', zh: '内分泌干扰物' },
        short: {
          en: 'A chemical, such as BPA or some phthalates, that interferes with hormone systems.',
          zh: '干扰人体激素系统的化学物质，如双酚A和部分邻苯二甲酸酯。',
        },
        cues: {
          en: ['endocrine', 'hormone', 'bpa', 'phthalates', 'exposure', 'pesticides', 'environmental'],
          zh: ['内分泌', '激素', '双酚a', '邻苯二甲酸酯', '暴露', '农药', '环境'],
        },
      },
      {
        id: 'economic_development_corporation',
        expansion: { en: 'Economic Development Corporation', zh: '经济发展公司' },
        short: {
          en: 'A local agency that attracts investment and jobs to a city or region.',
          zh: '为城市或地区招商引资、促进就业的地方机构。',
        },
        cues: {
          en: ['economic', 'development', 'jobs', 'investment', 'county', 'incentives', 'city'],
          zh: ['经济发展', '招商', '就业', '投资', '地方', '激励'],
        },
      },
    ],
  },
  {
    id: 'ctms',
    category: 'clinical',
    name: { en: 'CTMS', zh: 'CTMS' },
    expansion: { en: 'Clinical Trial Management System', zh: '临床试验管理系统' },
    forms: {
      en: ['CTMS', 'Clinical Trial Management System'],
      zh: ['临床试验管理系统'],
    },
    short: {
      en: "Software that sponsors, CROs and sites use to run a trial's operations: site status, enrolment, monitoring visits, milestones and payments. It tracks the trial, not the participants' clinical data.",
      zh: '申办者、CRO和研究中心用于管理试验运营的软件，涵盖中心状态、入组进度、监查访视、里程碑和付款等。它管理试验进程，而非受试者的临床数据。',
    },
    details: {
      en: "A CTMS gives study managers one view across a portfolio of trials and feeds enrolment and budget forecasts; it connects to EDC, the electronic trial master file (eTMF) and IRT systems. Vendors such as Veeva, Oracle and Medidata sell it as part of unified clinical platforms, and Chinese hospital trial offices also run site-level CTMS to manage their projects. Chinese uses CTMS or 临床试验管理系统; a CTMS is not itself a regulatory requirement, but the records it holds support the sponsor's GCP oversight.",
      zh: 'CTMS为项目经理提供多项试验的统一视图，支持入组和预算预测，并与EDC、电子试验主文件（eTMF）和IRT系统对接。Veeva、Oracle、Medidata等厂商将其作为一体化临床平台的一部分销售，国内医院的临床试验机构也使用机构版CTMS管理在研项目。中文写作CTMS或“临床试验管理系统”；它本身不是法规强制要求，但所存记录支持申办者履行GCP监督职责。',
    },
    differences: [
      {
        term: 'edc',
        en: "EDC holds the participants' clinical data; a CTMS manages the trial's operations and timelines.",
        zh: 'EDC存放受试者的临床数据，CTMS管理试验的运营和进度。',
      },
    ],
    related: ['edc', 'cra', 'cro', 'patient-recruitment', 'dct'],
    references: ['ICH E6(R3)'],
    cues: {
      en: [
        'trial',
        'sites',
        'enrollment',
        'monitoring',
        'milestones',
        'platform',
        'study management',
        'software',
        'tracking',
        'clinical operations',
      ],
      zh: ['临床试验', '中心', '入组', '监查', '里程碑', '平台', '项目管理', '软件', '系统'],
    },
  },
  {
    id: 'ae',
    category: 'clinical',
    name: { en: 'AE', zh: 'AE' },
    expansion: { en: 'Adverse Event', zh: '不良事件' },
    forms: {
      en: [
        'AE',
        'Adverse Event',
        'TEAE',
        'treatment-emergent adverse event',
        'TRAE',
        'treatment-related adverse event',
      ],
      zh: ['不良事件', '治疗期间出现的不良事件', '治疗相关不良事件'],
    },
    short: {
      en: 'Any unfavourable medical occurrence in a trial participant or patient, whether or not caused by the drug. AE rates and grades are the core of the safety data in trial results.',
      zh: '受试者或患者用药后出现的任何不良医学事件，无论是否与药物有因果关系。不良事件发生率和分级是试验结果中安全性数据的核心。',
    },
    details: {
      en: 'AEs are recorded for every participant, coded with MedDRA, graded for severity (in oncology by CTCAE, grade 1 to 5) and assessed for relationship to the drug. Press releases usually report the share of patients with grade 3 or higher treatment-related AEs (TRAEs) and discontinuations due to AEs, figures that readers compare across competing drugs. An AE becomes an SAE if it meets seriousness criteria such as death or hospitalisation, and it is an adverse drug reaction only when a causal link is judged possible. Chinese keeps this distinction: 不良事件 is any event, 不良反应 a drug-related one.',
      zh: '每名受试者的不良事件都须记录，用MedDRA编码，进行严重程度分级（肿瘤领域按CTCAE分1～5级），并评估与药物的相关性。新闻稿通常报告≥3级治疗相关不良事件（TRAE）的比例和因不良事件停药的比例，读者据此比较同类药物。满足死亡、住院等严重性标准的为严重不良事件（SAE）；判断与药物可能相关时才称为不良反应。中文严格区分“不良事件”（任何事件）和“不良反应”（与药物相关）。',
    },
    differences: [
      {
        term: 'sae',
        en: 'An SAE is an AE that meets seriousness criteria (death, life-threatening, hospitalisation, disability, birth defect) and must be reported quickly.',
        zh: 'SAE是满足严重性标准（死亡、危及生命、住院、残疾、先天畸形等）的不良事件，须快速报告。',
      },
      {
        term: 'pharmacovigilance',
        en: 'Pharmacovigilance is the system that collects and assesses AEs, especially after approval.',
        zh: '药物警戒是收集和评估不良事件的体系，上市后尤为重要。',
      },
    ],
    related: ['sae', 'pharmacovigilance', 'dsmb', 'gcp', 'gvp'],
    references: ['ICH E2A', 'ICH E3', 'ICH E6(R3)', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'adverse',
        'safety',
        'grade',
        'treatment-emergent',
        'treatment-related',
        'discontinuation',
        'tolerability',
        'patients',
        'events',
        'ctcae',
        'reported',
      ],
      zh: ['不良事件', '安全性', '级', '耐受性', '停药', '发生率', '治疗相关', '患者', '常见'],
    },
    otherSenses: [
      {
        id: 'adobe_after_effects',
        expansion: { en: 'Adobe After Effects', zh: 'After Effects视频特效软件' },
        short: {
          en: "Adobe's motion-graphics and video-effects software, usually called AE by designers.",
          zh: 'Adobe的动态图形和视频特效软件，设计圈常简称AE。',
        },
        cues: {
          en: ['adobe', 'video', 'motion graphics', 'template', 'animation', 'premiere', 'plugin', 'effects'],
          zh: ['视频', '特效', '模板', '动画', '剪辑', '插件', '设计'],
        },
      },
      {
        id: 'account_executive',
        expansion: { en: 'Account Executive', zh: '客户经理' },
        short: { en: 'A sales or agency role that manages client accounts.', zh: '负责管理客户的销售或代理公司职位。' },
        cues: {
          en: ['sales', 'account', 'client', 'hiring', 'quota', 'agency', 'job'],
          zh: ['销售', '客户', '招聘', '岗位', '广告', '业绩'],
        },
      },
    ],
    formNotes: [
      {
        form: 'TEAE',
        en: 'Treatment-emergent adverse event: any AE that starts or worsens after the first dose.',
        zh: '治疗期间出现的不良事件：首次给药后新发或加重的不良事件。',
      },
      {
        form: 'TRAE',
        en: 'Treatment-related adverse event: an AE the investigator judges related to the study drug.',
        zh: '治疗相关不良事件：研究者判断与试验药物有关的不良事件。',
      },
    ],
  },
  {
    id: 'sae',
    category: 'clinical',
    name: { en: 'SAE', zh: 'SAE' },
    expansion: { en: 'Serious Adverse Event', zh: '严重不良事件' },
    forms: {
      en: ['SAE', 'Serious Adverse Event'],
      zh: ['严重不良事件'],
    },
    short: {
      en: 'An adverse event that causes death, is life-threatening, requires or prolongs hospitalisation, causes lasting disability or a birth defect, or is otherwise medically important. SAEs trigger fast reporting.',
      zh: '导致死亡、危及生命、需住院或延长住院、造成持续残疾或先天畸形，或具有其他重要医学意义的不良事件。SAE须快速报告。',
    },
    details: {
      en: "Seriousness (judged by outcome) is not severity (intensity): a severe headache can be non-serious. Investigators report SAEs to the sponsor immediately, in practice usually within 24 hours; under ICH E2A the sponsor reports suspected unexpected serious adverse reactions (SUSARs) to regulators within 7 days if fatal or life-threatening and within 15 days otherwise. A cluster of SAEs can prompt a DSMB review or a clinical hold, so SAEs are often market-moving news. China's 2020 GCP uses the same criteria and renders SUSAR as 可疑且非预期严重不良反应.",
      zh: '“严重”（按结局判断）不同于“重度”（按强度判断）：重度头痛未必是严重不良事件。研究者须立即（实践中通常为24小时内）向申办者报告SAE；按ICH E2A，申办者对可疑且非预期严重不良反应（SUSAR），致死或危及生命者须在7天内、其他在15天内向监管机构报告。SAE集中出现可能引发数据监查委员会审查或临床暂停，因而常成为影响股价的新闻。我国2020年版GCP采用相同标准。',
    },
    differences: [
      {
        term: 'ae',
        en: 'Every SAE is an AE, but only AEs that meet seriousness criteria are SAEs.',
        zh: 'SAE都是不良事件，但只有满足严重性标准的不良事件才是SAE。',
      },
    ],
    related: ['ae', 'pharmacovigilance', 'dsmb', 'ethics-committee', 'irb'],
    references: ['ICH E2A', 'ICH E6(R3)', '21 CFR 312.32', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'serious',
        'safety',
        'death',
        'hospitalization',
        'reported',
        'susar',
        'clinical hold',
        'patients',
        'trial',
        'events',
        'fatal',
      ],
      zh: ['严重', '安全性', '死亡', '住院', '报告', 'susar', '暂停', '受试者', '试验', '致死'],
    },
    otherSenses: [
      {
        id: 'society_of_automotive_engineers',
        expansion: { en: 'Society of Automotive Engineers', zh: '国际汽车工程师学会' },
        short: {
          en: 'SAE International, the automotive standards body behind the SAE levels of driving automation.',
          zh: '国际汽车标准制定机构，自动驾驶L0～L5分级即出自其标准。',
        },
        cues: {
          en: ['automotive', 'vehicle', 'autonomous', 'level', 'driving', 'standard', 'engine', 'engineers'],
          zh: ['汽车', '自动驾驶', '分级', '车辆', '标准', '工程师', '发动机'],
        },
      },
    ],
  },
  {
    id: 'pharmacovigilance',
    category: 'clinical',
    name: { en: 'Pharmacovigilance', zh: '药物警戒' },
    expansion: { en: 'Pharmacovigilance', zh: '药物警戒' },
    forms: {
      en: ['pharmacovigilance', 'PV'],
      zh: ['药物警戒'],
    },
    short: {
      en: "The science and activities of detecting, assessing and preventing drug side effects across a product's life, from trials to the market. Marketing authorisation holders must run a PV system.",
      zh: '贯穿药品全生命周期（从临床试验到上市后），发现、评估和预防药品不良反应的科学和活动。药品上市许可持有人必须建立药物警戒体系。',
    },
    details: {
      en: "PV covers collecting and submitting individual case safety reports (ICSRs), periodic reports (PSUR/PBRER after approval, DSUR in development), signal detection, risk management plans and label updates. The EU Good Pharmacovigilance Practices (GVP) and the ICH E2 guidelines set the framework, and case processing is a large outsourcing market for CROs and specialist vendors. China's 2019 Drug Administration Law set up a national pharmacovigilance system, and NMPA's GVP (药物警戒质量管理规范) took effect on 1 December 2021, going beyond the earlier focus on adverse-reaction monitoring (不良反应监测). The abbreviation PV is shared with process validation and photovoltaic.",
      zh: '药物警戒包括收集和递交个例安全性报告（ICSR）、定期报告（上市后为PSUR/PBRER，研发期为DSUR）、信号检测、风险管理计划和说明书更新。欧盟药物警戒质量管理规范（GVP）和ICH E2系列指南构成基本框架，病例处理是CRO和专业服务商的重要外包市场。我国2019年修订的《药品管理法》确立药物警戒制度，《药物警戒质量管理规范》自2021年12月1日起施行，超越了以往侧重“不良反应监测”的做法。缩写PV也可指工艺验证或光伏。',
    },
    differences: [
      {
        term: 'gvp',
        en: 'GVP is the set of rules for doing pharmacovigilance; pharmacovigilance is the activity itself.',
        zh: 'GVP是开展药物警戒须遵循的规范，药物警戒是活动本身。',
      },
      {
        term: 'process-validation',
        en: 'Process validation, a manufacturing-quality activity, is also abbreviated PV; safety words such as ICSR, signal or adverse point to pharmacovigilance.',
        zh: '工艺验证同样缩写为PV，属生产质量活动；出现ICSR、信号、不良反应等词时多指药物警戒。',
      },
      {
        term: 'ae',
        en: 'An AE is a single event in one patient; pharmacovigilance is the system that collects and evaluates such events.',
        zh: '不良事件是单个患者身上的事件，药物警戒是收集和评价这类事件的体系。',
      },
    ],
    related: ['ae', 'sae', 'gvp', 'mah', 'rems', 'phase-4', 'process-validation'],
    references: ['ICH E2E', 'ICH E2B(R3)', 'ICH E2C(R2)', 'EU GVP', '药品管理法', '药物警戒质量管理规范'],
    cues: {
      en: [
        'safety',
        'adverse',
        'reporting',
        'signal',
        'icsr',
        'psur',
        'gvp',
        'case processing',
        'risk management',
        'drug safety',
        'pbrer',
      ],
      zh: [
        '安全性',
        '不良反应',
        '药物警戒',
        '不良事件',
        '报告',
        '信号',
        '个例',
        '风险管理',
        '上市后',
        '持有人',
        '体系',
      ],
    },
    otherSenses: [
      {
        id: 'photovoltaic',
        expansion: { en: 'Photovoltaic', zh: '光伏' },
        short: {
          en: 'Solar power technology that converts light into electricity.',
          zh: '将光能转化为电能的太阳能发电技术。',
        },
        cues: {
          en: ['solar', 'panel', 'module', 'inverter', 'energy', 'power', 'cells', 'installation'],
          zh: ['光伏', '组件', '太阳能', '逆变器', '电站', '发电', '硅片'],
        },
      },
      {
        id: 'page_view',
        expansion: { en: 'Page View', zh: '页面浏览量' },
        short: {
          en: 'A web-analytics count of pages loaded, often paired with UV (unique visitors).',
          zh: '网站分析中的页面浏览次数，常与UV（独立访客）并列。',
        },
        cues: {
          en: ['traffic', 'website', 'analytics', 'uv', 'visitors', 'clicks'],
          zh: ['流量', '浏览量', '访问量', 'uv', '网站', '点击'],
        },
      },
      {
        id: 'polycythemia_vera',
        expansion: { en: 'Polycythemia Vera', zh: '真性红细胞增多症' },
        short: {
          en: 'A chronic blood cancer with too many red blood cells, treated with JAK inhibitors and interferons.',
          zh: '一种红细胞过度增多的慢性血液肿瘤，可用JAK抑制剂和干扰素类药物治疗。',
        },
        cues: {
          en: [
            'polycythemia',
            'myeloproliferative',
            'jak2',
            'hematocrit',
            'ruxolitinib',
            'phlebotomy',
            'mpn',
            'interferon',
          ],
          zh: ['真性红细胞增多症', '骨髓增殖性肿瘤', 'jak2', '红细胞压积', '芦可替尼', '放血', '干扰素'],
        },
      },
    ],
    sharedForms: ['PV'],
  },
  {
    id: 'rwd',
    category: 'clinical',
    name: { en: 'RWD', zh: 'RWD' },
    expansion: { en: 'Real-World Data', zh: '真实世界数据' },
    forms: {
      en: ['RWD', 'Real-World Data'],
      zh: ['真实世界数据'],
    },
    short: {
      en: 'Health data gathered outside controlled trials, from electronic health records, insurance claims, registries, pharmacies and wearables. Analysed properly, RWD yields real-world evidence (RWE).',
      zh: '在对照临床试验之外收集的健康数据，来源包括电子病历、医保理赔、疾病登记、药房和可穿戴设备等。经规范分析后可产生真实世界证据（RWE）。',
    },
    details: {
      en: 'RWD is only as useful as its quality and relevance: completeness, accuracy, traceability and whether it captures the exposures and outcomes a question needs. Data aggregators and analytics firms sell curated RWD to drug companies for trial design, external control arms, market access and safety studies. In China hospital data are fragmented; CDE issued a guideline on RWD for generating RWE in 2021, and the Hainan Boao Lecheng pilot zone lets imported drugs used there generate RWD for Chinese filings. Chinese says 真实世界数据.',
      zh: '真实世界数据的价值取决于质量和适用性：完整性、准确性、可溯源性，以及能否覆盖研究问题所需的暴露和结局。数据整合与分析公司向药企提供经治理的RWD，用于试验设计、外部对照、市场准入和安全性研究。国内医院数据分散，CDE于2021年发布《用于产生真实世界证据的真实世界数据指导原则（试行）》；海南博鳌乐城先行区允许在当地使用的进口药品产生真实世界数据，用于国内注册申报。',
    },
    differences: [
      {
        term: 'rwe',
        en: 'RWD is the raw data; RWE is the clinical evidence derived from analysing it.',
        zh: 'RWD是原始数据，RWE是通过分析RWD得出的临床证据。',
      },
    ],
    related: ['rwe', 'phase-4', 'pharmacovigilance', 'rct', 'edc'],
    references: [
      '21st Century Cures Act',
      'FDA Framework for Real-World Evidence Program (2018)',
      '用于产生真实世界证据的真实世界数据指导原则（试行）',
    ],
    cues: {
      en: [
        'real-world',
        'electronic health records',
        'ehr',
        'claims',
        'registry',
        'database',
        'observational',
        'patients',
        'evidence',
        'data',
      ],
      zh: ['真实世界', '电子病历', '医保', '登记', '数据库', '观察性', '数据', '患者', '证据'],
    },
    otherSenses: [
      {
        id: 'rear_wheel_drive',
        expansion: { en: 'Rear-Wheel Drive', zh: '后轮驱动' },
        short: { en: 'A car layout in which the engine drives the rear wheels.', zh: '由发动机驱动后轮的汽车布局。' },
        cues: {
          en: ['car', 'vehicle', 'awd', 'engine', 'sedan', 'coupe', 'wheels', 'torque'],
          zh: ['后驱', '汽车', '四驱', '发动机', '车型', '轿车', '扭矩'],
        },
      },
    ],
  },
  {
    id: 'rwe',
    category: 'clinical',
    name: { en: 'RWE', zh: 'RWE' },
    expansion: { en: 'Real-World Evidence', zh: '真实世界证据' },
    forms: {
      en: ['RWE', 'Real-World Evidence', 'real-world study'],
      zh: ['真实世界证据', '真实世界研究'],
    },
    short: {
      en: "Clinical evidence about a drug's use, benefits or risks derived from analysing real-world data. Regulators increasingly accept RWE for label expansions, external controls and safety decisions.",
      zh: '通过分析真实世界数据得出的关于药物使用、获益或风险的临床证据。监管机构越来越多地接受RWE用于扩展适应症、外部对照和安全性决策。',
    },
    details: {
      en: 'The 21st Century Cures Act (2016) required FDA to build an RWE programme, set out in a framework in December 2018; NMPA followed with a guideline on using RWE to support drug development and review in January 2020. RWE comes from observational studies, pragmatic trials and external control arms and must deal with the confounding and bias that randomisation would remove. It is a growing service line for CROs and data companies and a frequent theme in rare-disease and oncology approvals. Chinese media say 真实世界证据 and, for the studies themselves, 真实世界研究 (RWS).',
      zh: '美国《21世纪治愈法案》（2016年）要求FDA建立RWE项目，FDA于2018年12月发布相关框架；NMPA于2020年1月发布《真实世界证据支持药物研发与审评的指导原则（试行）》。RWE来自观察性研究、实用性临床试验和外部对照等，须处理随机化本可消除的混杂和偏倚。它是CRO和数据公司不断增长的业务，也常见于罕见病和肿瘤药审批。中文称“真实世界证据”，研究本身称“真实世界研究”（RWS）。',
    },
    differences: [
      {
        term: 'rwd',
        en: 'RWD is the raw data from routine care; RWE is the evidence obtained by analysing it.',
        zh: 'RWD是来自常规诊疗的原始数据，RWE是分析这些数据得到的证据。',
      },
      {
        term: 'rct',
        en: 'An RCT assigns treatment at random under a protocol; RWE draws on treatment as given in routine practice.',
        zh: 'RCT按方案随机分配治疗，RWE依据的是常规诊疗中的实际用药。',
      },
    ],
    related: ['rwd', 'rct', 'phase-4', 'pharmacovigilance', 'fda', 'nmpa'],
    references: [
      '21st Century Cures Act',
      'FDA Framework for Real-World Evidence Program (2018)',
      '真实世界证据支持药物研发与审评的指导原则（试行）',
    ],
    cues: {
      en: [
        'real-world',
        'observational',
        'evidence',
        'external control',
        'registry',
        'label expansion',
        'claims',
        'pragmatic',
        'outcomes',
        'data',
      ],
      zh: ['真实世界', '观察性', '证据', '外部对照', '登记', '适应症', '实用性', '结局', '数据'],
    },
    otherSenses: [
      {
        id: 'rwe_ag',
        expansion: { en: 'RWE AG', zh: '莱茵集团' },
        short: {
          en: 'RWE, a large German electricity and renewable-energy company.',
          zh: '德国大型电力和可再生能源企业。',
        },
        cues: {
          en: ['energy', 'power', 'utility', 'wind', 'offshore', 'germany', 'electricity', 'renewables', 'gas'],
          zh: ['能源', '电力', '风电', '海上', '德国', '可再生能源', '天然气', '莱茵'],
        },
      },
    ],
    formNotes: [
      {
        form: 'real-world study',
        en: 'A real-world study (RWS) is the study that produces real-world evidence.',
        zh: '真实世界研究（RWS）是产生真实世界证据的研究。',
      },
      {
        form: '真实世界研究',
        en: 'A real-world study (RWS) is the study that produces real-world evidence.',
        zh: '真实世界研究（RWS）是产生真实世界证据的研究。',
      },
    ],
  },
  {
    id: 'dsmb',
    category: 'clinical',
    name: { en: 'DSMB', zh: 'DSMB' },
    expansion: { en: 'Data and Safety Monitoring Board', zh: '数据安全监查委员会' },
    forms: {
      en: [
        'DSMB',
        'Data and Safety Monitoring Board',
        'Data Safety Monitoring Board',
        'IDMC',
        'Independent Data Monitoring Committee',
        'Data Monitoring Committee',
      ],
      zh: ['数据安全监查委员会', '数据监查委员会'],
    },
    short: {
      en: 'An independent group of clinicians and statisticians that reviews unblinded interim data from an ongoing trial and can recommend stopping it for safety, clear efficacy or futility. Also called DMC or IDMC.',
      zh: '由独立临床专家和统计学家组成，审阅进行中试验的非盲态期中数据，可建议因安全性、明显有效或无效而终止试验。也称DMC或IDMC。',
    },
    details: {
      en: "DSMBs are standard for large, long or high-risk trials, especially those with mortality or major morbidity endpoints. Only the board sees unblinded results at interim analyses, so the sponsor and investigators stay blinded; it sends recommendations to the sponsor, who decides. News such as 'stopped early for efficacy on the IDMC's recommendation' or 'continues after a futility analysis' often moves share prices. CDE issued a guideline on trial data monitoring committees in 2020; Chinese media say 数据监查委员会 or IDMC.",
      zh: '大型、长期或高风险试验，尤其以死亡或重大疾病事件为终点的试验，通常设立数据监查委员会。期中分析时只有委员会能看到非盲结果，申办者和研究者保持盲态；委员会向申办者提出建议，由申办者决定。“经IDMC建议因疗效显著提前终止”或“通过无效性分析后继续”这类消息常影响股价。CDE于2020年发布《药物临床试验数据监查委员会指导原则（试行）》；中文常称“数据监查委员会”或IDMC。',
    },
    differences: [
      {
        term: 'ethics-committee',
        en: "An ethics committee approves and oversees a trial's ethics at its sites; a DSMB reviews the accumulating data for safety and efficacy.",
        zh: '伦理委员会负责试验的伦理审查与监督，数据监查委员会审阅累积数据以评估安全性和有效性。',
      },
    ],
    related: ['sae', 'double-blind', 'rct', 'phase-3', 'ethics-committee'],
    references: [
      'ICH E9',
      'ICH E6(R3)',
      'FDA guidance on establishment and operation of clinical trial data monitoring committees (2006)',
      '药物临床试验数据监查委员会指导原则（试行）',
    ],
    cues: {
      en: [
        'interim',
        'unblinded',
        'futility',
        'stopped early',
        'recommendation',
        'independent',
        'efficacy',
        'safety',
        'analysis',
        'review',
      ],
      zh: ['期中分析', '非盲', '无效', '提前终止', '建议', '独立', '疗效', '安全性', '审查'],
    },
  },
  {
    id: 'irb',
    category: 'clinical',
    name: { en: 'IRB', zh: 'IRB' },
    expansion: { en: 'Institutional Review Board', zh: '机构审查委员会' },
    forms: {
      en: ['IRB', 'Institutional Review Board'],
      zh: ['机构审查委员会'],
    },
    short: {
      en: 'The US name for the committee that reviews and approves research with human participants to protect their rights and safety. A trial cannot start at a site without IRB approval.',
      zh: '美国对审查并批准涉及人的研究、保护受试者权益和安全的委员会的称谓。未获IRB批准，研究中心不能启动试验。',
    },
    details: {
      en: "IRBs review the protocol, informed consent form, investigator qualifications and recruitment materials, then carry out continuing review for the life of the study. In the US they are governed by FDA's 21 CFR 56 and the Common Rule (45 CFR 46); many are independent commercial IRBs rather than hospital boards, and federally funded multi-site studies must use a single IRB. ICH E6 writes 'IRB/IEC', and outside the US the same body is usually called an ethics committee. IRB can be translated 机构审查委员会, but Chinese practice uses 伦理委员会.",
      zh: 'IRB审查试验方案、知情同意书、研究者资质和招募材料，并在研究期间持续审查。美国IRB受FDA的21 CFR 56和通用规则（45 CFR 46）约束，许多为独立的商业IRB而非医院内设机构，联邦资助的多中心研究须使用单一IRB。ICH E6写作“IRB/IEC”，美国以外多称伦理委员会。IRB可译作“机构审查委员会”，但我国实践中统称“伦理委员会”。',
    },
    differences: [
      {
        term: 'ethics-committee',
        en: 'An ethics committee does the same job under EU, Chinese and ICH usage; IRB is the US name.',
        zh: '伦理委员会职能相同，是欧盟、中国及ICH的称谓；IRB是美国称谓。',
      },
      {
        term: 'dsmb',
        en: 'A DSMB reviews unblinded interim data of one trial; an IRB reviews the ethics of the research it oversees.',
        zh: '数据监查委员会审阅单项试验的非盲期中数据，IRB审查其监督研究的伦理问题。',
      },
    ],
    related: ['ethics-committee', 'informed-consent', 'gcp', 'pi', 'dsmb'],
    references: ['21 CFR 56', '45 CFR 46', 'ICH E6(R3)'],
    cues: {
      en: [
        'approval',
        'protocol',
        'review',
        'board',
        'human subjects',
        'consent',
        'institutional',
        'research',
        'site',
        'ethics',
      ],
      zh: ['审查', '批准', '方案', '知情同意', '伦理', '受试者', '研究', '机构'],
    },
    otherSenses: [
      {
        id: 'internal_ratings_based',
        expansion: { en: 'Internal Ratings-Based', zh: '内部评级法' },
        short: {
          en: 'A Basel approach that lets banks use their own models to set capital for credit risk.',
          zh: '巴塞尔协议下银行用自有模型计量信用风险资本的方法。',
        },
        cues: {
          en: ['bank', 'basel', 'credit risk', 'capital', 'regulatory capital', 'exposures', 'lending'],
          zh: ['银行', '巴塞尔', '信用风险', '资本', '内部评级', '监管资本'],
        },
      },
      {
        id: 'immigration_and_refugee_board',
        expansion: { en: 'Immigration and Refugee Board', zh: '加拿大移民与难民委员会' },
        short: {
          en: "Canada's tribunal that decides refugee claims and immigration appeals.",
          zh: '加拿大负责裁决难民申请和移民上诉的机构。',
        },
        cues: {
          en: ['refugee', 'immigration', 'canada', 'asylum', 'claimant', 'deportation', 'hearing'],
          zh: ['难民', '移民', '加拿大', '庇护', '遣返', '听证'],
        },
      },
    ],
  },
  {
    id: 'ethics-committee',
    category: 'clinical',
    name: { en: 'Ethics Committee', zh: '伦理委员会' },
    expansion: { en: 'Ethics Committee', zh: '伦理委员会' },
    forms: {
      en: ['ethics committee', 'EC', 'Independent Ethics Committee'],
      zh: ['伦理委员会', '伦理审查委员会'],
    },
    short: {
      en: "The independent committee that reviews and approves a trial's protocol, consent documents and sites before enrolment and oversees the study while it runs. The US calls it an IRB; China, 伦理委员会.",
      zh: '在入组前审查并批准试验方案、知情同意文件和研究中心，并在研究期间持续监督的独立委员会。美国称IRB，我国称伦理委员会。',
    },
    details: {
      en: 'Ethics approval is needed at each site, or centrally, before any participant is enrolled, and protocol amendments and new safety information go back to the committee. In the EU, ethics review is part of the single application under the Clinical Trials Regulation (EU) No 536/2014, submitted through CTIS. In China each trial site (临床试验机构) has its own 伦理委员会, and its approval letter (伦理批件) is a key start-up step; reforms since 2017 encourage review by the lead site and mutual recognition to speed multicentre trials. The abbreviation EC also stands for the European Commission, which grants EU marketing authorisations.',
      zh: '每个研究中心（或通过中心化伦理审查）须在任何受试者入组前获得伦理批准，方案修订和新的安全性信息等也须报伦理委员会审查。欧盟依据《临床试验法规》（EU No 536/2014）通过CTIS统一提交申请，伦理审查是其中一部分。我国每个临床试验机构设有伦理委员会，取得“伦理批件”是试验启动的关键步骤；2017年以来的改革鼓励组长单位审查和审查结果互认，以加快多中心试验。缩写EC也指负责授予欧盟上市许可的欧盟委员会（European Commission）。',
    },
    differences: [
      {
        term: 'irb',
        en: 'IRB is the US name for the same kind of committee, governed by 21 CFR 56.',
        zh: 'IRB是美国对同类委员会的称谓，受21 CFR 56约束。',
      },
      {
        term: 'dsmb',
        en: 'A DSMB reviews the accumulating data of one trial for safety and efficacy; an ethics committee judges whether the research is ethical and protects participants.',
        zh: '数据监查委员会审阅单项试验的累积数据以评估安全性和有效性，伦理委员会判断研究是否合乎伦理并保护受试者。',
      },
    ],
    related: ['irb', 'informed-consent', 'pi', 'gcp', 'dsmb', 'sae'],
    references: [
      'ICH E6(R3)',
      'Regulation (EU) No 536/2014',
      '药物临床试验质量管理规范',
      '涉及人的生命科学和医学研究伦理审查办法',
    ],
    cues: {
      en: [
        'ethics',
        'approval of protocol',
        'site',
        'trial',
        'protocol',
        'review',
        'informed consent',
        'committee',
        'investigator',
        'participants',
      ],
      zh: ['伦理', '审查', '批件', '临床试验', '方案', '知情同意', '研究中心', '受试者', '机构'],
    },
    otherSenses: [
      {
        id: 'european_commission',
        expansion: { en: 'European Commission', zh: '欧盟委员会' },
        short: {
          en: "The EU executive, which grants EU-wide marketing authorisations on the EMA's recommendation.",
          zh: '欧盟的执行机构，依据EMA的意见授予欧盟范围的上市许可。',
        },
        cues: {
          en: [
            'brussels',
            'eu',
            'european',
            'approval',
            'marketing authorisation',
            'marketing authorization',
            'chmp',
            'ema',
            'member states',
            'commission',
            'granted',
            'authorisation',
            'authorization',
            'opinion',
            'eu-wide',
          ],
          zh: ['欧盟委员会', '欧盟', '布鲁塞尔', '上市许可', '批准', 'chmp', 'ema', '成员国', '授予'],
        },
      },
      {
        id: 'european_community',
        expansion: { en: 'European Community', zh: '欧洲共同体' },
        short: {
          en: 'Former name kept in EU legal citations, as in Directive 2001/83/EC or Regulation (EC) No 726/2004.',
          zh: '欧盟法律文号中保留的旧称，如第2001/83/EC号指令、(EC) No 726/2004号法规。',
        },
        cues: {
          en: ['directive', 'regulation', 'annex', 'article', 'council', '2001/83/ec', '726/2004'],
          zh: ['指令', '法规', '附录', '条款', '欧洲共同体', '理事会'],
        },
      },
      {
        id: 'enteric_coated',
        expansion: { en: 'Enteric-Coated', zh: '肠溶' },
        short: {
          en: 'A tablet or capsule coating that resists stomach acid and releases the drug in the intestine, as in aspirin EC.',
          zh: '耐胃酸、在肠道释放药物的片剂或胶囊包衣，如阿司匹林肠溶片。',
        },
        cues: {
          en: ['tablet', 'capsule', 'coating', 'enteric', 'delayed-release', 'aspirin', 'mg'],
          zh: ['肠溶', '片', '胶囊', '包衣', '迟释', '阿司匹林'],
        },
      },
    ],
  },
  {
    id: 'informed-consent',
    category: 'clinical',
    name: { en: 'Informed Consent', zh: '知情同意' },
    forms: {
      en: ['informed consent', 'ICF', 'Informed Consent Form', 'eConsent'],
      zh: ['知情同意', '知情同意书', '电子知情同意'],
    },
    short: {
      en: 'The process by which a person agrees to join a trial after being told its purpose, procedures, risks and their rights, documented by signing an informed consent form (ICF) approved by the ethics committee.',
      zh: '受试者在了解试验目的、流程、风险和自身权利后自愿同意参加的过程，以签署经伦理委员会批准的知情同意书（ICF）为书面证明。',
    },
    details: {
      en: "Consent must be obtained before any study-specific procedure and continues throughout the trial: participants can withdraw at any time and must be asked again when new information changes the risks. It rests on the Declaration of Helsinki, ICH E6 and, in the US, 21 CFR 50. Consent problems are among the most frequent GCP inspection findings, and electronic consent (eConsent) is now used in decentralised trials. China's GCP requires signature by the participant or, where needed, a guardian (监护人), and calls the form 知情同意书.",
      zh: '知情同意须在任何研究特定操作之前完成，并贯穿试验全程：受试者可随时退出，出现改变风险判断的新信息时须重新获得同意。其依据包括《赫尔辛基宣言》、ICH E6以及美国21 CFR 50。知情同意问题是GCP检查中最常见的缺陷之一，去中心化试验中已使用电子知情同意。我国GCP要求由受试者本人或必要时由其监护人签署知情同意书。',
    },
    differences: [
      {
        term: 'ethics-committee',
        en: "The ethics committee approves the consent form; informed consent is the participant's own agreement.",
        zh: '伦理委员会批准知情同意书，知情同意是受试者本人的同意过程。',
      },
    ],
    related: ['ethics-committee', 'irb', 'pi', 'crc', 'dct', 'gcp'],
    references: ['Declaration of Helsinki', '21 CFR 50', 'ICH E6(R3)', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'consent',
        'participants',
        'signed',
        'trial',
        'subjects',
        'form',
        'ethics',
        'voluntary',
        'withdraw',
        'risks',
      ],
      zh: ['受试者', '签署', '自愿', '知情', '试验', '伦理', '退出', '风险', '监护人'],
    },
    otherSenses: [
      {
        id: 'international_coaching_federation',
        expansion: { en: 'International Coaching Federation', zh: '国际教练联合会' },
        short: {
          en: 'A professional body that credentials business and life coaches (ICF).',
          zh: '为企业教练和生活教练提供资质认证的行业组织（ICF）。',
        },
        cues: {
          en: ['coaching', 'coach', 'credential', 'certification', 'leadership', 'mentor'],
          zh: ['教练', '认证', '资质', '领导力', '培训', '辅导'],
        },
      },
      {
        id: 'intracellular_fluid',
        expansion: { en: 'Intracellular Fluid', zh: '细胞内液' },
        short: {
          en: "The fluid inside cells, about two-thirds of the body's water (ICF).",
          zh: '细胞内的液体，约占人体水分的三分之二（ICF）。',
        },
        cues: {
          en: ['fluid', 'extracellular', 'ecf', 'potassium', 'sodium', 'body water', 'osmolality'],
          zh: ['细胞内液', '细胞外液', '体液', '钾', '钠', '渗透压'],
        },
      },
    ],
  },
  {
    id: 'endpoint',
    category: 'clinical',
    name: { en: 'Endpoint', zh: '研究终点' },
    forms: {
      en: [
        'primary endpoint',
        'secondary endpoint',
        'clinical endpoint',
        'surrogate endpoint',
        'exploratory endpoint',
        'efficacy endpoint',
        'safety endpoint',
        'composite endpoint',
        'study endpoint',
        'trial endpoint',
      ],
      zh: [
        '主要终点',
        '次要终点',
        '临床终点',
        '替代终点',
        '探索性终点',
        '疗效终点',
        '安全性终点',
        '复合终点',
        '研究终点',
      ],
    },
    short: {
      en: "The outcome a trial measures to judge whether a drug works, such as survival, response rate or a lab value. 'Met its primary endpoint' is the key phrase in trial news; secondary endpoints add support.",
      zh: '试验用于判断药物是否有效的测量指标，如生存期、缓解率或实验室指标。“达到主要终点”是试验新闻中的关键表述，次要终点提供支持性证据。',
    },
    details: {
      en: 'The primary endpoint is fixed in the protocol and statistical analysis plan before unblinding, and the sample size is calculated for it; secondary endpoints are tested in a prespecified order to control false positives. Clinical endpoints measure how patients feel, function or survive (such as overall survival), while surrogate endpoints such as progression-free survival, tumour response, HbA1c or viral load are markers expected to predict benefit and underpin accelerated approvals. ICH E9(R1) added the estimand framework to define exactly what a trial estimates. Chinese says 终点 or 终点指标, with 主要终点 and 次要终点 as the standard terms.',
      zh: '主要终点在揭盲前即在方案和统计分析计划中确定，样本量据此计算；次要终点按预设顺序检验以控制假阳性。临床终点直接反映患者的感受、功能或生存（如总生存期），替代终点（如无进展生存期、肿瘤缓解、糖化血红蛋白、病毒载量）则被认为可预测临床获益，是加速批准的基础。ICH E9(R1)引入估计目标（estimand）框架，以准确界定试验所估计的对象。中文称“终点”或“终点指标”，规范用语为“主要终点”和“次要终点”。',
    },
    related: ['rct', 'phase-2', 'phase-3', 'accelerated-approval', 'dsmb', 'poc'],
    references: ['ICH E9', 'ICH E9(R1)', 'ICH E8(R1)'],
    cues: {
      en: [
        'trial',
        'met',
        'primary',
        'secondary',
        'statistically significant',
        'survival',
        'efficacy',
        'p-value',
        'patients',
        'hazard ratio',
      ],
      zh: ['达到', '主要', '次要', '统计学显著', '生存期', '疗效', '患者', '数据', '风险比', '试验'],
    },
  },
  {
    id: 'placebo',
    category: 'clinical',
    name: { en: 'Placebo', zh: '安慰剂' },
    forms: {
      en: ['placebo', 'placebo-controlled'],
      zh: ['安慰剂'],
    },
    short: {
      en: 'An inactive preparation made to look like the study drug and given to the control group, so that the effect of the drug can be separated from expectation, the natural course of disease and chance.',
      zh: '外观与试验药物一致但不含活性成分的制剂，给予对照组，以便将药物作用与心理预期、疾病自然病程和偶然因素区分开。',
    },
    details: {
      en: 'Placebo-controlled trials give the clearest evidence of efficacy, and the placebo response can be large in areas such as depression, pain and irritable bowel syndrome, which makes trials harder to win. Where an effective treatment exists, withholding it is usually unethical (Declaration of Helsinki), so designs add placebo on top of standard care or use an active comparator; ICH E10 covers these choices. Matching placebo is manufactured under GMP as part of the clinical trial material. Chinese says 安慰剂 and 安慰剂对照, and calls the placebo effect 安慰剂效应.',
      zh: '安慰剂对照试验能最清楚地证明疗效；在抑郁、疼痛、肠易激综合征等领域安慰剂效应可能很强，增加试验失败风险。已有有效治疗时不给予治疗通常不符合伦理（《赫尔辛基宣言》），因此多在标准治疗基础上加用安慰剂或采用阳性对照，ICH E10对此有专门论述。匹配的安慰剂须作为临床试验用药品按GMP生产。中文称“安慰剂”“安慰剂对照”，安慰剂带来的效果称“安慰剂效应”。',
    },
    differences: [
      {
        term: 'double-blind',
        en: 'Double-blinding hides who gets what; a matching placebo is what makes blinding possible when the control is no active treatment.',
        zh: '双盲是隐藏分组，而匹配的安慰剂使无活性治疗对照时的盲法成为可能。',
      },
    ],
    related: ['double-blind', 'rct', 'ctm', 'phase-3', 'endpoint'],
    references: ['ICH E10', 'Declaration of Helsinki'],
    cues: {
      en: [
        'randomized',
        'trial',
        'versus',
        'double-blind',
        'arm',
        'patients',
        'compared',
        'matching',
        'control',
        'efficacy',
      ],
      zh: ['对照', '随机', '双盲', '试验', '患者', '组', '相比', '疗效'],
    },
  },
  {
    id: 'double-blind',
    category: 'clinical',
    name: { en: 'Double-Blind', zh: '双盲' },
    forms: {
      en: ['double-blind', 'double-blinded', 'double-masked'],
      zh: ['双盲'],
    },
    short: {
      en: 'A trial design in which neither participants nor investigators (and usually sponsor staff) know who receives the drug or the control, so that expectations cannot bias the results.',
      zh: '受试者和研究者（通常包括申办者相关人员）都不知道谁接受试验药、谁接受对照的试验设计，以避免预期影响结果。',
    },
    details: {
      en: "Blinding needs matching products (an identical placebo, or a double-dummy design when the comparator looks different) and a randomisation system that keeps the codes hidden until database lock. Emergency unblinding is allowed for an individual patient's safety, and an independent DSMB may see unblinded interim data. Double-blind, placebo-controlled RCTs carry the most weight with regulators; open-label or single-blind designs are used where blinding is impossible, as with surgery or distinctive side effects. Chinese uses 双盲, 单盲 and 开放标签, and 揭盲 for unblinding.",
      zh: '盲法需要外观一致的药品（相同的安慰剂，或对照药外观不同时采用双模拟设计）和在锁库前隐藏随机编码的系统。为保障个别受试者安全可紧急揭盲，独立的数据监查委员会可查看非盲期中数据。随机、双盲、安慰剂对照试验最受监管机构认可；手术或副作用特征明显等无法设盲的情况采用开放标签或单盲设计。中文称“双盲”“单盲”“开放标签”，解除盲态称“揭盲”。',
    },
    differences: [
      {
        term: 'placebo',
        en: 'A placebo is the dummy treatment; double-blinding is the design that keeps everyone unaware of who gets it.',
        zh: '安慰剂是模拟的治疗，双盲是使各方都不知道分组的设计。',
      },
      {
        term: 'rct',
        en: 'An RCT assigns treatment at random; double-blinding additionally hides the assignment.',
        zh: 'RCT随机分配治疗，双盲则进一步隐藏分组结果。',
      },
    ],
    related: ['placebo', 'rct', 'dsmb', 'ctm', 'endpoint'],
    references: ['ICH E9', 'ICH E10', 'ICH E6(R3)'],
    cues: {
      en: ['randomized', 'placebo', 'trial', 'controlled', 'unblinding', 'patients', 'study', 'multicenter', 'arm'],
      zh: ['随机', '安慰剂', '对照', '试验', '揭盲', '多中心', '患者', '研究'],
    },
  },
  {
    id: 'patient-recruitment',
    category: 'clinical',
    name: { en: 'Patient Recruitment', zh: '患者招募' },
    forms: {
      en: [
        'patient recruitment',
        'patient enrollment',
        'patient enrolment',
        'subject recruitment',
        'trial recruitment',
        'trial enrollment',
        'trial enrolment',
      ],
      zh: ['患者招募', '受试者招募', '患者入组', '受试者入组', '完成入组', '入组完成', '入组进度'],
    },
    short: {
      en: 'Finding, screening and enrolling eligible participants in a trial. Slow recruitment is the most common cause of trial delays, so enrolment speed is a competitive edge for sponsors, CROs and countries.',
      zh: '寻找、筛选合格受试者并使其入组的过程。招募缓慢是试验延期最常见的原因，入组速度因此是申办者、CRO乃至国家之间的竞争优势。',
    },
    details: {
      en: "Recruitment depends on eligibility criteria, site selection, competing trials and patients' awareness; sponsors use investigator networks, patient databases, advertising, patient groups and specialist vendors, and all patient-facing material must be approved by the ethics committee. Milestones such as first patient in and completed enrolment are routine press-release items and hint at when data will read out. Large Chinese hospitals with high patient volumes enrol oncology trials fast, one reason for the growing share of China sites in global studies, although crowding on the same targets can now slow it. In Chinese, 招募 is the effort and 入组 the enrolment itself.",
      zh: '招募进度取决于入排标准、中心选择、同类竞争试验和患者认知；申办者借助研究者网络、患者数据库、广告、患者组织和专业招募服务商，所有面向患者的材料须经伦理委员会批准。“首例患者入组”“完成全部入组”是常见的公告里程碑，可据此推断数据读出时间。国内大型医院患者量大，肿瘤试验入组快，这是中国中心在全球研究中占比上升的原因之一，但同靶点扎堆也会拖慢入组。中文里“招募”指招募工作，“入组”指受试者正式进入试验。',
    },
    related: ['crc', 'smo', 'cro', 'dct', 'ethics-committee', 'informed-consent', 'phase-3'],
    references: ['ICH E6(R3)', 'ICH E8(R1)', '药物临床试验质量管理规范'],
    cues: {
      en: [
        'enrolled',
        'trial',
        'patients',
        'sites',
        'screening',
        'eligible',
        'first patient',
        'recruiting',
        'participants',
        'enrollment',
      ],
      zh: ['受试者', '患者', '中心', '筛选', '首例', '招募', '入组', '试验', '入排标准'],
    },
  },
  {
    id: 'dct',
    category: 'clinical',
    name: { en: 'DCT', zh: 'DCT' },
    expansion: { en: 'Decentralized Clinical Trial', zh: '去中心化临床试验' },
    forms: {
      en: [
        'DCT',
        'Decentralized Clinical Trial',
        'Decentralised Clinical Trial',
        'decentralized trial',
        'decentralised trial',
        'virtual clinical trial',
      ],
      zh: ['去中心化临床试验', '分散式临床试验', '远程临床试验'],
    },
    short: {
      en: "A trial in which some or all activities take place at participants' homes or local facilities rather than at study sites, using telemedicine, home nursing, eConsent, wearables and direct-to-patient drug shipment.",
      zh: '部分或全部试验活动在受试者家中或当地机构而非研究中心完成的试验，借助远程医疗、上门护理、电子知情同意、可穿戴设备和药物直送患者等方式。',
    },
    details: {
      en: 'DCT elements spread quickly during COVID-19, when site visits were restricted, and most trials now use a hybrid model rather than a fully virtual one. The aims are wider and more diverse recruitment and a lighter burden on patients, but DCTs raise questions about data quality, investigator oversight and shipping investigational drugs to homes. FDA finalised guidance on trials with decentralised elements in 2024, and EU regulators published recommendations in 2022. Uptake in China has been slower because trials are strongly hospital-centred; Chinese media use 去中心化临床试验 or DCT.',
      zh: '新冠疫情期间中心访视受限，DCT要素迅速普及；如今多数试验采用混合模式而非完全远程。其目的是扩大招募范围、提高人群多样性并减轻受试者负担，但也带来数据质量、研究者监督以及试验用药品送达家中等问题。FDA于2024年发布含去中心化要素临床试验的最终指南，欧盟监管机构于2022年发布相关建议文件。国内临床试验高度依托医院，DCT推进相对缓慢；中文称“去中心化临床试验”或DCT。',
    },
    differences: [
      {
        term: 'rct',
        en: 'RCT describes how patients are assigned; DCT describes where trial activities take place, so a trial can be both.',
        zh: 'RCT描述如何分组，DCT描述试验活动在哪里开展，一项试验可以同时是两者。',
      },
    ],
    related: ['patient-recruitment', 'informed-consent', 'edc', 'ctms', 'rwd', 'ctm'],
    references: [
      'FDA guidance on conducting clinical trials with decentralized elements (2024)',
      'EU recommendation paper on decentralised elements in clinical trials (2022)',
      'ICH E6(R3)',
    ],
    cues: {
      en: [
        'decentralized',
        'remote',
        'home',
        'telemedicine',
        'virtual',
        'wearable',
        'patients',
        'trial',
        'hybrid',
        'econsent',
        'direct-to-patient',
      ],
      zh: ['远程', '居家', '上门', '远程医疗', '可穿戴', '患者', '试验', '混合', '电子知情同意'],
    },
    otherSenses: [
      {
        id: 'dual_clutch_transmission',
        expansion: { en: 'Dual-Clutch Transmission', zh: '双离合变速箱' },
        short: {
          en: 'A car gearbox with two clutches for fast gear changes.',
          zh: '带两个离合器、换挡迅速的汽车变速箱。',
        },
        cues: {
          en: ['gearbox', 'transmission', 'car', 'engine', 'clutch', 'vehicle', 'speed'],
          zh: ['变速箱', '双离合', '汽车', '发动机', '换挡', '车型', '动力'],
        },
      },
      {
        id: 'discrete_cosine_transform',
        expansion: { en: 'Discrete Cosine Transform', zh: '离散余弦变换' },
        short: {
          en: 'A mathematical transform used in JPEG image and video compression.',
          zh: '用于JPEG图像和视频压缩的数学变换。',
        },
        cues: {
          en: ['compression', 'jpeg', 'coefficients', 'image', 'signal', 'transform', 'algorithm'],
          zh: ['压缩', '图像', '系数', '信号', '变换', '算法'],
        },
      },
    ],
  },
];
