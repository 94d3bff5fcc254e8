/**
 * The bundled glossary pack, assembled from one data file per category.
 * `npm run glossary -- --check` validates it against the schema and lints
 * its cross-references; `applyTermDefaults` only fills optional fields, so
 * loading it costs no schema parse at page load.
 */
import type { Pack, PackInput } from '../schema';
import { categories } from './categories';
import { comparisons } from './comparisons';
import { businessTerms } from './terms/business';
import { clinicalTerms } from './terms/clinical';
import { manufacturingTerms } from './terms/manufacturing';
import { materialsTerms } from './terms/materials';
import { outsourcingTerms } from './terms/outsourcing';
import { qualityTerms } from './terms/quality';
import { regulatoryTerms } from './terms/regulatory';
import { withDefaults } from '../pack-defaults';

export const bundledPackInput: PackInput = {
  id: 'termlens-pharma',
  name: { en: 'TermLens pharma & biotech glossary', zh: 'TermLens 医药与生物技术术语表' },
  version: '1.0.0',
  domain: 'pharma',
  categories,
  terms: [
    ...outsourcingTerms,
    ...qualityTerms,
    ...materialsTerms,
    ...regulatoryTerms,
    ...clinicalTerms,
    ...businessTerms,
    ...manufacturingTerms,
  ],
  comparisons,
};

export const bundledPack: Pack = withDefaults(bundledPackInput);
