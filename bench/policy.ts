/**
 * Policy evaluation is compiled at load: this measures what deciding costs per request, next to
 * parsing the same request's JSON (work every gateway does anyway), in the same run.
 *   npx tsx bench/policy.ts
 */
import { resolve } from 'node:path';
import { loadPolicy } from '../src/policy/index.js';

const policy = loadPolicy(resolve(import.meta.dirname, '../policies'));
const useCase = policy.useCase(policy.defaults.useCase!)!;
const prompts = {
  'typical (300 chars)': 'Kun je deze brief aan een inwoner herschrijven in B1-taal? Het gaat over de aanvraag voor een parkeervergunning en de termijn waarbinnen de gemeente beslist. Houd de toon vriendelijk en noem het telefoonnummer 14 020 voor vragen. Vermijd ambtelijke taal en lange zinnen.',
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
  const evaluate = perCall(() => policy.evaluate({ useCase, text, piiTypes: ['PERSOON'], model: 'gpt-4o-mini', department: 'Burgerzaken' }));
  const parse = perCall(() => JSON.parse(body));
  rows[name] = { 'evaluate µs': evaluate.toFixed(2), 'JSON.parse of the body µs': parse.toFixed(2), 'evaluate / parse': (evaluate / parse).toFixed(2) };
}
console.log(`${policy.rules.length} rules, use case "${useCase.id}"`);
console.table(rows);
