/**
 * Policy evaluation is compiled at load: this measures what deciding costs per request, next to
 * parsing the same request's JSON (work every gateway does anyway), in the same run — with the
 * literal prefilter (src/policy/prefilter.ts, the default) and without it (every rule's joined regex
 * runs on every prompt: the behaviour before the prefilter).
 *   npx tsx bench/policy.ts
 */
import { resolve } from 'node:path';
import { loadPolicy, type EvaluateInput } from '../src/policy/index.js';

const policy = loadPolicy(resolve(import.meta.dirname, '../policies'));
const useCase = policy.useCase(policy.defaults.useCase!)!;
const prompts = {
  'typical (300 chars)': 'Kun je deze brief aan een inwoner herschrijven in B1-taal? Het gaat over de aanvraag voor een parkeervergunning en de termijn waarbinnen de gemeente beslist. Houd de toon vriendelijk en noem het telefoonnummer 14 020 voor vragen. Vermijd ambtelijke taal en lange zinnen.',
  'typical, accents + newlines': 'Kun je deze brief aan een cliënt herschrijven in B1-taal?\nHet gaat over de financiële gevolgen van de aanvraag voor een parkeervergunning en de termijn waarbinnen de gemeente beslist.\n\nHoud de toon vriendelijk en noem het telefoonnummer 14 020 voor vragen.',
  'long (8 kB)': 'Samenvatting van het beleidsstuk over duurzaamheid in de wijk. '.repeat(130),
};

function perCall(fn: () => unknown, iterations = 20_000): number {
  for (let i = 0; i < 2_000; i++) fn();
  const t = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - t) / iterations) * 1000;
}

const rows: Record<string, Record<string, string>> = {};
for (const [name, text] of Object.entries(prompts)) {
  const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  const input: EvaluateInput = { useCase, text, piiTypes: ['PERSOON'], model: 'gpt-4o-mini', department: 'Burgerzaken' };
  const iterations = text.length > 2_000 ? 5_000 : 20_000;
  const off = perCall(() => policy.evaluate(input, { prefilter: false }), iterations);
  const on = perCall(() => policy.evaluate(input), iterations);
  const parse = perCall(() => JSON.parse(body), iterations);
  rows[name] = {
    'JSON.parse µs': parse.toFixed(2),
    'no prefilter µs': off.toFixed(2),
    'prefilter µs': on.toFixed(2),
    'no prefilter / parse': (off / parse).toFixed(1),
    'prefilter / parse': (on / parse).toFixed(1),
    speed_up: `${(off / on).toFixed(1)}×`,
  };
}
console.log(`${policy.rules.length} rules, use case "${useCase.id}", ${policy.textIndex.literalCount} prefilter literals`);
console.table(rows);
