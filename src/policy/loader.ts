/**
 * `loadPolicy(dir)`: reads every `*.yaml` / `*.yml` file directly in `dir` (not subfolders), validates
 * each against schema.ts, merges them, checks what only the whole set can tell (duplicate ids, unknown
 * references, regexes) and compiles the result. Any problem → one PolicyError listing all of them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PolicyError, type PolicyIssue } from './errors.js';
import { translateIssue } from './issues.js';
import { compilePattern, joinPatterns, type CompiledPattern, type PatternProblem } from './patterns.js';
import { Policy } from './policy.js';
import { policyFileSchema, type DataClass, type PolicyFile, type RiskClass, type RuleInput, type UseCaseInput } from './schema.js';
import type { OperatorTable } from './pii-types.js';
import type { CompiledRule, UseCase } from './types.js';

interface ParsedFile {
  file: string;
  data: PolicyFile;
}

/** The policy file names directly in `dir` (sorted), or [] if it cannot be read. */
export function policyFileNames(dir: string): string[] {
  return listPolicyFiles(dir, []);
}

function listPolicyFiles(dir: string, issues: PolicyIssue[]): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    issues.push({ file: '', path: '', nl: `map kan niet worden gelezen (${code})`, en: `directory cannot be read (${code})` });
    return [];
  }
}

function parseFile(dir: string, file: string, issues: PolicyIssue[], warnings: PolicyIssue[], hash: ReturnType<typeof createHash>): ParsedFile | null {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    issues.push({ file, path: '', nl: `bestand kan niet worden gelezen (${code})`, en: `file cannot be read (${code})` });
    return null;
  }
  hash.update(file).update('\0').update(text).update('\0');
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      const where = pos ? `regel/line ${pos.line}, kolom/column ${pos.col}` : '';
      const what = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      issues.push({ file, path: where, nl: `geen geldige YAML: ${what}`, en: `not valid YAML: ${what}` });
    }
    return null;
  }
  let raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === undefined) {
    warnings.push({ file, path: '', nl: 'bestand is leeg', en: 'file is empty' });
    raw = {};
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({
      file, path: '',
      nl: 'moet een object zijn met use_cases, rules, model_aliases en/of defaults',
      en: 'must be an object with use_cases, rules, model_aliases and/or defaults',
    });
    return null;
  }
  const result = policyFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(translateIssue(file, raw, issue));
    return null;
  }
  return { file, data: result.data };
}

function compileUseCase(input: UseCaseInput, file: string): UseCase {
  const r = input.requirements;
  const pii = Object.fromEntries(Object.entries(input.pii).filter(([, v]) => v !== undefined)) as OperatorTable;
  return Object.freeze({
    id: input.id,
    name: input.name,
    purpose: input.purpose,
    owner: input.owner,
    departments: Object.freeze([...input.departments]),
    riskClass: input.risk_class as RiskClass,
    dataClasses: Object.freeze([...input.data_classes]),
    models: Object.freeze([...input.models]),
    pii: Object.freeze(pii),
    requirements: Object.freeze({
      regions: r.regions ? Object.freeze(r.regions.map((x) => x.toLowerCase())) : undefined,
      noTraining: r.no_training,
      maxRetentionDays: r.max_retention_days,
      zeroDataRetention: r.zero_data_retention,
      selfHosted: r.self_hosted,
      contractRequired: r.contract_required,
    }),
    storeAllowed: input.store_allowed,
    userField: input.user_field,
    notice: input.notice ? Object.freeze({ ...input.notice }) : undefined,
    retention: Object.freeze({ contentDays: input.retention.content_days, metadataDays: input.retention.metadata_days }),
    contentStorage: input.content_storage,
    references: Object.freeze({ ...input.references }),
    status: input.status,
    worksCouncilAgreed: input.works_council_agreed,
    file,
  });
}

function compileRule(input: RuleInput, file: string, index: number, issues: PolicyIssue[]): CompiledRule {
  const m = input.match;
  const compileList = (list: readonly string[], cased: boolean, key: string): CompiledPattern[] => {
    const out: CompiledPattern[] = [];
    list.forEach((source, i) => {
      try {
        out.push(compilePattern(source, cased));
      } catch (problem) {
        const p = problem as PatternProblem;
        issues.push({ file, path: `rules[${index}].match.${key}[${i}]`, item: `regel/rule "${input.id}"`, nl: p.nl, en: p.en });
      }
    });
    return out;
  };
  const plain = compileList(m.patterns, false, 'patterns');
  const cased = compileList(m.patterns_case_sensitive, true, 'patterns_case_sensitive');
  const unless = m.unless_data_class === undefined ? [] : Array.isArray(m.unless_data_class) ? m.unless_data_class : [m.unless_data_class];
  return Object.freeze({
    id: input.id,
    description: typeof input.description === 'string' ? { nl: input.description } : { ...input.description },
    source: input.source,
    action: input.action,
    message: input.message ? { ...input.message } : undefined,
    file,
    pattern: joinPatterns(plain),
    casedPattern: joinPatterns(cased),
    patternSources: Object.freeze([
      ...plain.map((p) => ({ source: p.source, re: p.re, cased: false })),
      ...cased.map((p) => ({ source: p.source, re: p.re, cased: true })),
    ]),
    piiTypes: new Set(m.pii_types),
    useCases: new Set(m.use_cases),
    notUseCases: new Set(m.not_use_cases),
    departments: new Set(m.departments.map((d) => d.toLowerCase())),
    models: new Set(m.models),
    unlessDataClasses: Object.freeze([...unless]) as readonly DataClass[],
  });
}

export function loadPolicy(dir: string): Policy {
  const issues: PolicyIssue[] = [];
  const warnings: PolicyIssue[] = [];
  const hash = createHash('sha256');
  const files = listPolicyFiles(dir, issues);
  if (files.length === 0 && issues.length === 0) {
    issues.push({ file: '', path: '', nl: 'geen beleidsbestanden (*.yaml) in deze map', en: 'no policy files (*.yaml) in this directory' });
  }
  const parsed = files.map((f) => parseFile(dir, f, issues, warnings, hash)).filter((p): p is ParsedFile => p !== null);

  // Merge, with cross-file checks.
  const useCases = new Map<string, UseCase>();
  const rules: CompiledRule[] = [];
  const ruleFiles = new Map<string, string>();
  const aliases = new Map<string, readonly string[]>();
  const aliasFiles = new Map<string, string>();
  let defaultUseCase: { id: string; file: string } | undefined;
  const defaultPii: OperatorTable = {};
  const defaultPiiFiles = new Map<string, string>();

  for (const { file, data } of parsed) {
    data.use_cases.forEach((uc, i) => {
      const existing = useCases.get(uc.id);
      if (existing) {
        issues.push({ file, path: `use_cases[${i}].id`, nl: `use case "${uc.id}" bestaat al (in ${existing.file})`, en: `use case "${uc.id}" already exists (in ${existing.file})` });
        return;
      }
      useCases.set(uc.id, compileUseCase(uc, file));
    });
    for (const [name, models] of Object.entries(data.model_aliases)) {
      const other = aliasFiles.get(name);
      if (other) {
        issues.push({ file, path: `model_aliases.${name}`, nl: `alias "${name}" bestaat al (in ${other})`, en: `alias "${name}" already exists (in ${other})` });
        continue;
      }
      aliasFiles.set(name, file);
      aliases.set(name, Object.freeze([...models]));
    }
    if (data.defaults?.use_case !== undefined) {
      if (defaultUseCase) {
        issues.push({ file, path: 'defaults.use_case', nl: `standaard-use case is al gezet in ${defaultUseCase.file}`, en: `default use case is already set in ${defaultUseCase.file}` });
      } else {
        defaultUseCase = { id: data.defaults.use_case, file };
      }
    }
    for (const [type, op] of Object.entries(data.defaults?.pii ?? {})) {
      if (op === undefined) continue;
      const other = defaultPiiFiles.get(type);
      if (other) {
        issues.push({ file, path: `defaults.pii.${type}`, nl: `al gezet in ${other}`, en: `already set in ${other}` });
        continue;
      }
      defaultPiiFiles.set(type, file);
      (defaultPii as Record<string, string>)[type] = op;
    }
  }

  // Aliases expand one level: their members are model names, not other aliases.
  for (const [name, models] of aliases) {
    models.forEach((m, i) => {
      if (aliases.has(m)) {
        issues.push({ file: aliasFiles.get(name)!, path: `model_aliases.${name}[${i}]`, nl: `"${m}" is zelf een alias; noem modelnamen`, en: `"${m}" is itself an alias; list model names` });
      }
    });
  }

  for (const { file, data } of parsed) {
    data.rules.forEach((rule, i) => {
      const other = ruleFiles.get(rule.id);
      if (other) {
        issues.push({ file, path: `rules[${i}].id`, nl: `regel "${rule.id}" bestaat al (in ${other})`, en: `rule "${rule.id}" already exists (in ${other})` });
        return;
      }
      ruleFiles.set(rule.id, file);
      for (const key of ['use_cases', 'not_use_cases'] as const) {
        rule.match[key].forEach((id, j) => {
          if (!useCases.has(id)) {
            issues.push({ file, path: `rules[${i}].match.${key}[${j}]`, item: `regel/rule "${rule.id}"`, nl: `onbekende use case "${id}"`, en: `unknown use case "${id}"` });
          }
        });
      }
      rules.push(compileRule(rule, file, i, issues));
    });
  }

  if (defaultUseCase && !useCases.has(defaultUseCase.id)) {
    issues.push({ file: defaultUseCase.file, path: 'defaults.use_case', nl: `standaard-use case "${defaultUseCase.id}" bestaat niet`, en: `default use case "${defaultUseCase.id}" does not exist` });
  }
  if (parsed.length === files.length && files.length > 0 && useCases.size === 0) {
    issues.push({ file: '', path: 'use_cases', nl: 'de beleidsset bevat geen enkele use case', en: 'the policy set contains no use case at all' });
  }

  for (const uc of useCases.values()) warnAbout(uc, warnings);

  if (issues.length > 0) throw new PolicyError(dir, issues);

  return new Policy({
    dir,
    files,
    version: hash.digest('hex').slice(0, 12),
    useCases,
    rules,
    modelAliases: aliases,
    defaults: { useCase: defaultUseCase?.id, pii: Object.freeze(defaultPii) },
    warnings,
  });
}

/** Not errors, but a privacy officer should see them. */
function warnAbout(uc: UseCase, warnings: PolicyIssue[]): void {
  const at = (path: string, nl: string, en: string) => warnings.push({ file: uc.file, path, item: `use case "${uc.id}"`, nl, en });
  if (uc.riskClass === 'high-risk') {
    if (!uc.references.dpia) at('references.dpia', 'hoog-risico zonder DPIA-verwijzing (AVG art. 35, AI-verordening art. 26(9))', 'high-risk without a DPIA reference (GDPR art. 35, AI Act art. 26(9))');
    if (!uc.references.iama) at('references.iama', 'hoog-risico zonder IAMA/FRIA-verwijzing (AI-verordening art. 27)', 'high-risk without an IAMA/FRIA reference (AI Act art. 27)');
  }
  if (uc.dataClasses.includes('bijzondere_persoonsgegevens') && !uc.requirements.selfHosted) {
    at('requirements.self_hosted', 'bijzondere persoonsgegevens zonder eis self_hosted', 'special-category data without the self_hosted requirement');
  }
  if ((uc.dataClasses.includes('persoonsgegevens') || uc.dataClasses.includes('bijzondere_persoonsgegevens')) && !uc.requirements.noTraining) {
    at('requirements.no_training', 'persoonsgegevens zonder eis no_training', 'personal data without the no_training requirement');
  }
}
