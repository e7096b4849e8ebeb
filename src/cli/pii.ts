/** `pii "text" [--use-case ID]`: what the gateway finds and what it would send. Values are not printed. */
import { parseArgs } from 'node:util';
import { createAnalyzer, preview } from '../pii/index.js';
import type { Policy } from '../policy/index.js';

export function piiCommand(args: string[], policy: Policy): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'use-case': { type: 'string' } } });
  const text = positionals.join(' ');
  if (!text) {
    console.error('Gebruik / usage: pii "tekst / text" [--use-case ID]');
    return 2;
  }
  const useCase = policy.useCase(values['use-case'] ?? policy.defaults.useCase ?? '');
  if (!useCase) {
    console.error(`Onbekende use case / unknown use case: ${values['use-case']}`);
    return 2;
  }
  const result = preview(text, createAnalyzer(), policy.operatorsFor(useCase));
  const operators = policy.operatorsFor(useCase);
  console.log(`Use case: ${useCase.id}`);
  console.log(`Gevonden / found: ${result.spans.length}`);
  for (const s of result.spans) {
    const op = operators[s.type] ?? operators.default ?? 'pseudonymise';
    console.log(`  ${s.type.padEnd(14)} tekens/chars ${s.start}-${s.end}  score ${s.score.toFixed(2)}  ${s.recognizer}  → ${op}`);
  }
  if (result.blocked.length) console.log(`GEWEIGERD / REFUSED: ${result.blocked.join(', ')} mag niet worden verstuurd / may not be sent`);
  console.log('Zou worden verstuurd / would be sent:');
  console.log(result.text);
  return 0;
}
