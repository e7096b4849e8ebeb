/** `policy check [--dir D]` and `policy explain --use-case ID [--model M] [--department D] [--dir D] "prompt"`. */
import { parseArgs } from 'node:util';
import type { Provider } from '../gateway/types.js';
import { GatewayError } from '../gateway/errors.js';
import { explain, formatExplanation, type PiiPreview } from '../policy/explain.js';
import { formatIssue, PolicyError } from '../policy/errors.js';
import { loadPolicy, policyFileNames } from '../policy/loader.js';
import type { Policy } from '../policy/policy.js';

export interface PolicyCommandDeps {
  policyDir: string;
  providers: readonly Provider[];
  forModel: (model: string) => Provider | undefined;
  piiPreview?: PiiPreview;
  /** Where output goes (default console.log / console.error). */
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export function policyCommand(args: string[], deps: PolicyCommandDeps): number {
  const out = deps.out ?? ((line: string) => console.log(line));
  const err = deps.err ?? ((line: string) => console.error(line));
  const [action, ...rest] = args;
  try {
    switch (action) {
      case 'check':
        return check(rest, deps, out, err);
      case 'explain':
        return explainCommand(rest, deps, out, err);
      default:
        return usage(err, 'policy check [--dir D] | policy explain --use-case ID [--model M] [--department D] [--dir D] "tekst / text"');
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      return usage(err, error.message);
    }
    throw error;
  }
}

function load(dir: string, err: (line: string) => void): Policy | null {
  try {
    return loadPolicy(dir);
  } catch (error) {
    if (error instanceof PolicyError) {
      err(error.message);
      return null;
    }
    throw error;
  }
}

function check(args: string[], deps: PolicyCommandDeps, out: (l: string) => void, err: (l: string) => void): number {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' } } });
  const dir = values.dir ?? deps.policyDir;
  try {
    const policy = loadPolicy(dir);
    out(`Beleid in / policy in ${dir} (versie/version ${policy.version}):`);
    for (const f of policy.files) out(`  OK  ${f}`);
    out(`${policy.useCases.size} use case(s):`);
    for (const uc of policy.useCases.values()) {
      const status = uc.status === 'active' ? 'actief/active' : 'OPGESCHORT/suspended';
      const def = policy.defaults.useCase === uc.id ? ', standaard/default' : '';
      out(`  ${uc.id} — ${uc.name} (${uc.riskClass}, ${status}${def}; ${uc.dataClasses.join(', ')})`);
    }
    out(`${policy.rules.length} regel(s)/rule(s):`);
    for (const r of policy.rules) out(`  [${r.action}] ${r.id} (${r.source})`);
    if (policy.modelAliases.size > 0) {
      out('Model-aliassen / model aliases:');
      for (const [name, models] of policy.modelAliases) out(`  ${name} → ${models.join(', ')}`);
    }
    if (policy.warnings.length > 0) {
      out(`${policy.warnings.length} waarschuwing(en)/warning(s):`);
      for (const w of policy.warnings) out(`  ! ${formatIssue(w)}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const bad = new Set(error.issues.map((i) => i.file));
    const files = policyFileNames(dir);
    if (files.length > 0) {
      out(`Beleid in / policy in ${dir}:`);
      for (const f of files) out(`  ${bad.has(f) ? 'FOUT/ERROR' : 'OK'}  ${f}`);
    }
    err(error.message);
    return 1;
  }
}

function explainCommand(args: string[], deps: PolicyCommandDeps, out: (l: string) => void, err: (l: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'use-case': { type: 'string' }, model: { type: 'string' }, department: { type: 'string' }, dir: { type: 'string' } },
  });
  const text = positionals.join(' ').trim();
  if (!text) return usage(err, 'policy explain --use-case ID [--model M] [--department D] [--dir D] "tekst / text"');
  const policy = load(values.dir ?? deps.policyDir, err);
  if (!policy) return 1;
  const useCaseId = values['use-case'] ?? policy.defaults.useCase;
  if (!useCaseId) return usage(err, '--use-case ID is verplicht: dit beleid heeft geen standaard / is required: this policy has no default');
  try {
    const explanation = explain(policy, {
      useCaseId, text, model: values.model, department: values.department ?? null,
      providers: deps.providers, forModel: deps.forModel, piiPreview: deps.piiPreview,
    });
    out(formatExplanation(explanation));
    return 0;
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    err(error.message);
    return 1;
  }
}

function usage(err: (l: string) => void, text: string): number {
  err(`Gebruik / usage: ${text}`);
  return 2;
}
