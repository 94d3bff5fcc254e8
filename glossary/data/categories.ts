import type { Category } from '../schema';

/** The bundled glossary's categories, in the order the popup shows them. */
export const categories: Category[] = [
  { id: 'outsourcing', name: { en: 'Outsourcing & industry roles', zh: '外包模式与行业角色' } },
  { id: 'quality', name: { en: 'Quality & compliance', zh: '质量与合规' } },
  { id: 'materials', name: { en: 'Materials & products', zh: '物料与产品' } },
  { id: 'regulatory', name: { en: 'Regulation & agencies', zh: '法规与监管机构' } },
  { id: 'clinical', name: { en: 'Clinical development', zh: '临床开发' } },
  { id: 'business', name: { en: 'Business & deals', zh: '商务与交易' } },
  { id: 'manufacturing', name: { en: 'Manufacturing & process', zh: '生产与工艺' } },
];
