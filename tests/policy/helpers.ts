/** Real policy files in temp dirs, and plain Provider objects (never called). */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Provider, ProviderAttributes } from '../../src/gateway/types.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_DIR = join(ROOT, 'policies');
export const EXAMPLES_DIR = join(ROOT, 'policies/examples');

export function policyDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'poortwachter-policy-'));
  writePolicyFiles(dir, files);
  return dir;
}

export function writePolicyFiles(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** A minimal valid use case as YAML list item lines (indent 2), with overrides appended. */
export function useCaseYaml(id: string, extra = ''): string {
  return `  - id: ${id}
    name: Test ${id}
    purpose: Testdoel
    owner: Team Test
    risk_class: limited
    data_classes: [openbaar, intern]
${extra}`;
}

export const MINIMAL = `defaults:
  use_case: basis
use_cases:
${useCaseYaml('basis')}`;

export function provider(name: string, attributes: Partial<ProviderAttributes> = {}, models: string[] = []): Provider {
  const fail = () => {
    throw new Error('a provider must never be called by policy code');
  };
  return {
    name,
    kind: 'openai',
    models,
    attributes: { region: 'eu', trainsOnData: false, retentionDays: 0, zeroDataRetention: true, selfHosted: false, ...attributes },
    complete: fail,
    stream: fail,
  } as Provider;
}
