/**
 * Whether an acronym is used as a person's job title: "named Dana Kim as its
 * CMO", "CMO Jane Smith", "the bank's CRO warned", "任命刘婷为CMO",
 * "CMO张伟表示". The sense resolver adds the strength to officer senses
 * (chief marketing officer, chief scientific officer …). The patterns are
 * compiled once, at load, and read only a few dozen characters on each side.
 */
import { SENTENCE_END } from './sentence-bounds';

/**
 * How strongly the text around a match reads as a person's job title (0 when
 * not at all): "named Dana Kim as its CMO", "CMO, Dr. Patel,", "the bank's
 * CRO warned", "the CMO seat", "任命刘婷为CMO", "CMO张伟表示", "设立CRO一职".
 * A company can also be "its CMO" or "a CRO said", so most patterns add a
 * little and only several together are strong. A named person who speaks
 * ("CMO Jane Smith said", "Jane Smith, CMO, said", "CMO张伟表示") is strong
 * alone: strong enough to outweigh a sentence about plants and batches on a
 * pharma page, where such a person is most often the chief medical officer.
 */
export function personTitleStrength(text: string, hit: { start: number; end: number }): number {
  const before = clause(text.slice(Math.max(0, hit.start - 90), hit.start), 'before');
  const after = clause(text.slice(hit.end, hit.end + 60), 'after');
  // "CMO Dr. Ana Ruiz", "CMO张伟博士表示": no company is a doctor.
  if ((HONORIFIC_NAME_AFTER.test(after) && !COMPANY_AFTER.test(after)) || ZH_HONORIFIC_NAME_AFTER.test(after))
    return HONORIFIC;
  let strength = 0;
  if (APPOINT_BEFORE.test(before)) strength += 2.4;
  // "its CMOs": a company has one chief officer, so a possessive before a plural names its suppliers.
  const plural = /s['’]?$/.test(text.slice(hit.start, hit.end));
  if (ROLE_WORD_BEFORE.test(before) && !plural) strength += 0.8;
  if (AS_ROLE_BEFORE.test(before)) strength += 1.8;
  if (NAME_AFTER.test(after) && !COMPANY_AFTER.test(after)) strength += NAME_SPEAKS_AFTER.test(after) ? 5.5 : 2.2;
  if (ROLE_NOUN_AFTER.test(after)) strength += 2;
  if (POSSESSIVE_BEFORE.test(before) && SPEECH_AFTER.test(after) && !plural) strength += 1.6;
  if (TITLE_LIST_BEFORE.test(before) || TITLE_LIST_AFTER.test(after)) strength += 2;
  if (NAME_BEFORE.test(before) && !COMPANY_BEFORE.test(before)) strength += SPEAKS_AFTER_COMMA.test(after) ? 5.5 : 1.6;
  if (OF_COMPANY_AFTER.test(after)) strength += 1.2;
  if (ZH_APPOINT_BEFORE.test(before)) strength += 2.4;
  if (ZH_ROLE_AFTER.test(after)) strength += 2;
  if (ZH_NAME_SAYS_AFTER.test(after)) strength += ZH_PERSON_SAYS_AFTER.test(after) ? 5.5 : 2.2;
  if (ZH_SPEECH_AFTER.test(after) && !ZH_ORGANIZATION.test(after.slice(0, 8))) strength += 1.2;
  // Capped below a name with an honorific, and a meaning written out next to the acronym (senses.ts).
  return Math.min(6, strength);
}

/** The part of the context in the same clause as the match. */
function clause(context: string, side: 'before' | 'after'): string {
  const parts = context.split(SENTENCE_END);
  return side === 'before' ? parts[parts.length - 1] : parts[0];
}

const APPOINT_BEFORE =
  /\b(?:named?|names|appoint(?:s|ed|ing)?|hire[sd]?|hiring|promot(?:es|ed|ing)|elevat(?:es|ed)|tap(?:s|ped)|welcom(?:es|ed)|recruit(?:s|ed|ing)?|join(?:s|ed|ing)?|serv(?:es|ed|ing) as|step(?:s|ped|ping)? into|bec(?:ame|omes?)|succeed(?:s|ed)|replac(?:es|ed))\b[^,;:()]{0,45}?\b(?:as|to|its|their|our|a|an|the|new|first)\s*(?:(?:its|the|our|their|new|first|next|interim|acting|permanent)\s+)*$/i;

/** Words that may stand between a possessive and a title: "the group's new CDO", "its interim CSO". */
const QUALIFIERS = String.raw`(?:(?:new|former|interim|acting|incoming|outgoing|first|current|founding|global)\s+)*`;

/**
 * Words before a title that suggest a person a little: "its CMO", "former CSO". "Looking for a CRO" is
 * here, not with the appointments: a sponsor looks for a CRO as often as a company for an executive.
 */
const ROLE_WORD_BEFORE = new RegExp(
  String.raw`(?:(?:['\u2019]s|\bits|\bour|\btheir|\bhis|\bher)\s+${QUALIFIERS}|` +
    String.raw`(?:\bformer|\binterim|\bacting|\bincoming|\boutgoing|\bfounding|\bco-?founder and|\bfounder and|` +
    String.raw`\bpresident and|\bevery|\baverage|\blooking for an?)\s+)$`,
  'i',
);

/** "As CMO, she …", "As CMO of a furniture maker": a role someone holds; not "such as CMO". */
const AS_ROLE_BEFORE = /(?:^|[.;:!?]\s*)\s*As\s+(?:(?:the|its|their)\s+)?$/;

/** A name after the acronym: "CMO Jane Smith". (One with an honorific returns first: HONORIFIC_NAME_AFTER.) */
const NAME_AFTER = /^,?\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+\b/;
/** A name with an honorific settles it, short of a meaning written out next to the acronym (9 in senses.ts). */
const HONORIFIC = 8;
const HONORIFIC_NAME_AFTER = /^,?\s+(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+[A-Z]/;
const ZH_HONORIFIC_NAME_AFTER = /^\s*[\u4e00-\u9fff]{2,3}(?:博士|先生|女士|教授)/;
/** A verb of speech, not followed by "it": a company "said it would" or "said its plant", a person "said the line would". */
const SPEAKS = String.raw`(?:said|says|told|added|noted|warned|explained|stated|believes|argued)\b(?!\s+its?\b)`;
/** "CMO Jane Smith said": a named person speaks, which a company that reads like a name ("Thermo Fisher") does not as often. */
const NAME_SPEAKS_AFTER = new RegExp(NAME_AFTER.source + String.raw`,?\s+${SPEAKS}`);
/** "Jane Smith, CMO, said". */
const SPEAKS_AFTER_COMMA = new RegExp(String.raw`^,\s+${SPEAKS}`);
/**
 * A company after the acronym: a name with a company word ("Parallax Pharma", "Syneos Health"), or one of
 * the contract research and manufacturing firms whose names read like a person's ("CRO Charles River").
 */
const COMPANY_AFTER =
  /^,?\s+(?:(?:[A-Z][\w&.-]*\s+){0,2}(?:Inc|Ltd|LLC|plc|AG|SA|GmbH|Group|Holdings|Pharma|Pharmaceuticals?|Bio|Biologics|Biotech|Therapeutics|Sciences|Clinical|Labs?|Laboratories|Research|Solutions|Services|Manufacturing|Health|Partners|Capital)|Charles River|Thermo Fisher|Boehringer Ingelheim|Fujifilm Diosynth|Jubilant HollisterStier)\b/;

/** "President and CMO", "CEO & CSO", "co-founder, CSO"; "CMO and Head of R&D". */
const TITLE_LIST_BEFORE =
  /\b(?:CEO|CFO|COO|CTO|CIO|President|Chair(?:man|woman)?|(?:co-?)?founder|EVP|SVP|VP|Vice President|Director|Head of [\w&]+)\s*(?:,|and|&|\/)\s*$/i;
const TITLE_LIST_AFTER =
  /^\s*(?:,|and|&|\/)\s*(?:CEO|CFO|COO|CTO|CIO|President|Chair(?:man|woman)?|(?:co-?)?founder|EVP|SVP|Head of)\b/i;
/** "Jane Smith, CMO", "Dr. Ana Ruiz, the company's CMO". */
const NAME_BEFORE =
  /(?:(?:Dr|Prof)\.?\s+)?\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+,\s*(?:(?:the|its|our)\s+)?(?:\w+['’]s\s+)?(?:new\s+|interim\s+|former\s+)?$/;
const COMPANY_BEFORE =
  /\b(?:Inc|Ltd|LLC|plc|AG|SA|GmbH|Group|Holdings|Pharma|Pharmaceuticals?|Bio|Biologics|Biotech|Therapeutics|Sciences|Clinical|Labs?|Laboratories|Research|Solutions|Services|Manufacturing|Health|Partners|Capital),\s*(?:\S+\s+)*$/;
/** "CMO of Acme", "CSO at Pfizer": an office held in a company. */
const OF_COMPANY_AFTER = /^\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&.-]+/;
const ROLE_NOUN_AFTER = /^\s*(?:seat|role|position|title|tenure|job|post|search|hire|appointment|succession)\b/i;
const POSSESSIVE_BEFORE = new RegExp(String.raw`(?:['\u2019]s|\bits|\bour|\btheir|\bthe)\s+${QUALIFIERS}$`, 'i');
const SPEECH_AFTER =
  /^\s+(?:said|says|told|added|noted|warned|reported|announced|explained|stated|wants|believes|argued|will (?:step|lead|oversee|present|leave|join))\b/i;

/**
 * Common Chinese family names, less those that often start another word before 表示 in the news: 周 (周一),
 * 方 (方面), 龙 (龙头), 曾 (曾表示), 高 (高管), 郑 (郑重), 陆 (陆续), 韩 (韩方), 苏 (苏州), 马 (马上) and the like.
 */
const COMMON_FAMILY_NAMES =
  '王李张刘陈杨黄赵吴徐孙朱胡郭何林罗梁谢宋唐冯邓曹彭肖董袁潘蒋蔡杜叶魏吕丁任沈姚卢姜崔钟谭汪范廖贾夏韦傅邹孟熊秦邱尹薛闫段雷侯陶黎贺顾郝龚邵钱覃戴莫孔汤';

const ZH_APPOINT_BEFORE =
  /(?:任命|聘任|聘请|出任|担任|曾任|历任|时任|升任|晋升为|提拔为|委任|新任|前任|现任|首任|兼任|兼|设立|设有|招聘|寻找|做到|当上|成为)[^，。；！？,;]{0,14}$/;
const ZH_ROLE_AFTER =
  /^\s*[）)]?\s*(?:一职|职位|岗位|人选|上任|到任|相继离职|已离职|离职|辞职|卸任|退休|任期|表示|称|说|认为|指出|介绍|透露|强调|坦言|在接受|的职责)/;
/** "CSO在发布会上介绍": a person speaks; "CRO企业表示" is a company. */
const ZH_SPEECH_AFTER = /^[^，。；！？,;]{0,8}?(?:表示|介绍|称|指出|透露|强调|坦言|认为)/;
const ZH_ORGANIZATION = /企业|公司|板块|业务|行业|平台|机构|厂商|供应商|龙头|集团/;
/**
 * A verb of speech after a name ("张伟表示"). Plain templates, not String.raw: the bundler writes a plain
 * one's Chinese characters as escapes, and the page script must be ASCII (wxt.config.ts).
 */
const ZH_SAYS = `(?:表示|称|说|指出|介绍|认为|透露)`;
const ZH_NAME_SAYS_AFTER = new RegExp(`^\\s*[\\u4e00-\\u9fff]{2,3}(?:博士|先生|女士)?${ZH_SAYS}`);
/**
 * The same, where the name is surely a person's: two or three characters that start with a common family
 * name ("CMO张伟表示"). A company of three characters may also speak ("CMO凯莱英表示"); few start so.
 */
const ZH_PERSON_SAYS_AFTER = new RegExp(`^\\s*[${COMMON_FAMILY_NAMES}][\\u4e00-\\u9fff]{1,2}${ZH_SAYS}`);
