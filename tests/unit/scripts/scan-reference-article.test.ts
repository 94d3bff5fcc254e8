/**
 * Issue 4's acceptance check on the shared reference article, a Chinese page
 * comparing CMO and CRO projects: `npm run scan` must mark CMO, CRO, CDMO
 * and GMP in the body with their pharma senses, and read the FAQ at its end,
 * where CMO is written out as 首席营销官 and CRO as 首席收益官, as the
 * executives. The article lives in ../shared, beside the repository, which a
 * fresh clone does not have: then the test is skipped and says why.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const article = path.resolve(repoRoot, '../shared/reference/cmo-vs-cro-article.zh.txt');
const present = existsSync(article);

interface Match {
  term: string;
  sense: string;
  painted: boolean;
  text: string;
  start: number;
}

function scanJson(file: string): Promise<Match[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/scan.ts', file, '--json'],
      { cwd: repoRoot, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`scan failed: ${error.message}\n${stderr}`));
        else resolve((JSON.parse(stdout) as { matches: Match[] }).matches);
      },
    );
  });
}

const PHARMA: Record<string, string> = {
  CMO: 'contract_manufacturing_organization',
  CRO: 'contract_research_organization',
  CDMO: 'contract_development_and_manufacturing_organization',
  GMP: 'good_manufacturing_practice',
};
const EXECUTIVE: Record<string, string> = { CMO: 'chief_marketing_officer', CRO: 'chief_revenue_officer' };

const check = () => {
  it('marks the body with pharma senses and the FAQ with the executive senses', async () => {
    const text = readFileSync(article, 'utf8').replace(/^\uFEFF/, '');
    const faqStart = text.indexOf('相关问答');
    expect(faqStart).toBeGreaterThan(0);
    const matches = (await scanJson(article)).filter((m) => m.text in PHARMA);

    const body = matches.filter((m) => m.start < faqStart);
    expect(new Set(body.map((m) => m.text))).toEqual(new Set(Object.keys(PHARMA)));
    for (const m of body)
      expect({ at: m.start, text: m.text, sense: m.sense, painted: m.painted }).toEqual({
        at: m.start,
        text: m.text,
        sense: PHARMA[m.text],
        painted: true,
      });

    const faq = matches.filter((m) => m.start >= faqStart);
    expect(faq.length).toBeGreaterThanOrEqual(4);
    for (const m of faq)
      expect({ at: m.start, text: m.text, sense: m.sense, painted: m.painted }).toEqual({
        at: m.start,
        text: m.text,
        sense: EXECUTIVE[m.text],
        painted: false,
      });
  });
};

if (present) describe('npm run scan on the CMO vs CRO reference article', { timeout: 60_000 }, check);
else it.skip(`npm run scan on the reference article needs ${article}, beside the repository; a fresh clone has none`);
