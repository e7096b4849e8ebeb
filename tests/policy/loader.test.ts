/** Loading policy sets: the shipped ones, and every kind of invalid file with its message. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, PolicyError, type PolicyIssue } from '../../src/policy/index.js';
import { DEFAULT_DIR, EXAMPLES_DIR, MINIMAL, policyDir, useCaseYaml } from './helpers.js';

function issuesOf(files: Record<string, string>): { error: PolicyError; issues: readonly PolicyIssue[] } {
  const dir = policyDir(files);
  try {
    loadPolicy(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return { error: error as PolicyError, issues: (error as PolicyError).issues };
  }
  throw new Error('expected the policy to be refused');
}

/** Asserts exactly one issue, in `file` at `path`, and that the thrown message names all three parts. */
function expectOne(files: Record<string, string>, file: string, path: string, nl: RegExp, en: RegExp) {
  const { error, issues } = issuesOf(files);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ file, path });
  expect(issues[0].nl).toMatch(nl);
  expect(issues[0].en).toMatch(en);
  expect(error.message).toContain(file);
  expect(error.message).toContain(path);
  return issues[0];
}

describe('shipped policy sets', () => {
  it('policies/ (the baseline) loads, with algemeen as default', () => {
    const p = loadPolicy(DEFAULT_DIR);
    expect(p.files).toEqual(['default.yaml']);
    expect(p.defaults.useCase).toBe('algemeen');
    const algemeen = p.useCase('algemeen')!;
    expect(algemeen).toMatchObject({
      riskClass: 'limited', status: 'active', storeAllowed: false, userField: 'pseudonymise', contentStorage: 'pseudonymised',
      dataClasses: ['openbaar', 'intern', 'persoonsgegevens'],
      requirements: { noTraining: true, selfHosted: false, zeroDataRetention: false, contractRequired: false },
    });
    expect(algemeen.requirements.regions).toBeUndefined();
    expect(algemeen.notice?.nl).toMatch(/generatieve AI/);
    expect(p.version).toMatch(/^[0-9a-f]{12}$/);
    expect(p.rules.length).toBeGreaterThanOrEqual(10);
    // Subfolders (examples/) are a separate set, not part of this one.
    expect(p.useCase('wmo-verslaglegging')).toBeUndefined();
  });

  it('policies/examples loads as its own set', () => {
    const p = loadPolicy(EXAMPLES_DIR);
    expect(p.files).toEqual(['basisregels.yaml', 'gemeente.yaml', 'regels-gemeente.yaml']);
    expect([...p.useCases.keys()]).toEqual([
      'algemeen', 'brieven-herschrijven', 'samenvatten-beleid', 'kcc-antwoordsuggesties', 'wmo-verslaglegging', 'websitechat-inwoners',
    ]);
    expect(p.modelAliases.get('standaard')).toEqual(['gpt-4o-mini', 'mistral-small']);
    const wmo = p.useCase('wmo-verslaglegging')!;
    expect(wmo.riskClass).toBe('high-risk');
    expect(wmo.dataClasses).toContain('bijzondere_persoonsgegevens');
    expect(wmo.requirements.selfHosted).toBe(true);
    expect(wmo.retention.metadataDays).toBeGreaterThanOrEqual(183);
    expect(wmo.references.dpia).toBe('DPIA-2025-012 Wmo-verslaglegging (voorbeeld)');
    expect(wmo.departments).toEqual(['Sociaal Domein']);
    expect(p.useCase('websitechat-inwoners')!.status).toBe('suspended');
    // Every use case with special-category data requires self-hosting, and nothing to warn about.
    for (const uc of p.useCases.values()) if (uc.dataClasses.includes('bijzondere_persoonsgegevens')) expect(uc.requirements.selfHosted).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('merges several files and ignores non-YAML files and subfolders', () => {
    const dir = policyDir({
      'a.yaml': MINIMAL,
      'b.yml': `use_cases:\n${useCaseYaml('tweede')}model_aliases:\n  snel: [m1, m2]\n`,
      'notities.txt': 'not: [valid',
    });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'kapot.yaml'), 'use_cases: [');
    const p = loadPolicy(dir);
    expect(p.files).toEqual(['a.yaml', 'b.yml']);
    expect([...p.useCases.keys()]).toEqual(['basis', 'tweede']);
    expect(p.expandModel('snel')).toEqual(['m1', 'm2']);
    expect(p.expandModel('gpt-4o')).toEqual(['gpt-4o']);
  });

  it('a use case may name plain models that are not aliases', () => {
    const p = loadPolicy(policyDir({ 'a.yaml': `${MINIMAL}    models: [gpt-4o-mini, mistral-large]\n` }));
    expect(p.useCase('basis')!.models).toEqual(['gpt-4o-mini', 'mistral-large']);
  });

  it('the version changes when a file changes', () => {
    const dir = policyDir({ 'a.yaml': MINIMAL });
    const v1 = loadPolicy(dir).version;
    writeFileSync(join(dir, 'a.yaml'), `${MINIMAL}    store_allowed: true\n`);
    expect(loadPolicy(dir).version).not.toBe(v1);
  });

  it('reports warnings that do not stop loading', () => {
    const p = loadPolicy(policyDir({
      'a.yaml': `${MINIMAL}${useCaseYaml('zorg', '    risk_class: high-risk\n').replace('    risk_class: limited\n', '').replace('[openbaar, intern]', '[bijzondere_persoonsgegevens]')}`,
    }));
    const text = p.warnings.map((w) => `${w.path} ${w.item} ${w.en}`);
    expect(text).toEqual(expect.arrayContaining([
      expect.stringMatching(/references\.dpia use case "zorg" high-risk without a DPIA/),
      expect.stringMatching(/references\.iama .*IAMA/),
      expect.stringMatching(/requirements\.self_hosted .*self_hosted/),
      expect.stringMatching(/requirements\.no_training .*no_training/),
    ]));
  });
});

describe('invalid files: each names file, path and problem (nl + en)', () => {
  it('YAML syntax error, with line', () => {
    const { issues, error } = issuesOf({ 'kapot.yaml': 'use_cases:\n  - id: a\n    name: [unclosed\n' });
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe('kapot.yaml');
    expect(issues[0].path).toMatch(/^regel\/line \d+, kolom\/column \d+$/);
    expect(issues[0].nl).toMatch(/^geen geldige YAML: /);
    expect(issues[0].en).toMatch(/^not valid YAML: /);
    expect(error.message).toContain('kapot.yaml: regel/line');
  });

  it('duplicate key in one mapping', () => {
    const { issues } = issuesOf({ 'a.yaml': `${MINIMAL}    name: Nog een naam\n` });
    expect(issues[0].file).toBe('a.yaml');
    expect(issues[0].en).toMatch(/not valid YAML.*unique/i);
  });

  it('a file that is not a mapping', () => {
    expectOne({ 'a.yaml': MINIMAL, 'lijst.yaml': '- een\n- twee\n' }, 'lijst.yaml', '', /moet een object zijn/, /must be an object/);
  });

  it('unknown field (typo)', () => {
    const i = expectOne({ 'a.yaml': `${MINIMAL}    risk_clas: minimal\n` }, 'a.yaml', 'use_cases[0].risk_clas', /onbekend veld "risk_clas"/, /unknown field "risk_clas"/);
    expect(i.item).toBe('use case "basis"');
  });

  it('missing required field', () => {
    expectOne({ 'a.yaml': MINIMAL.replace('    purpose: Testdoel\n', '') }, 'a.yaml', 'use_cases[0].purpose', /ontbreekt/, /is missing/);
  });

  it('wrong type', () => {
    expectOne({ 'a.yaml': `${MINIMAL}    store_allowed: ja\n` }, 'a.yaml', 'use_cases[0].store_allowed', /verwacht true of false, maar gevonden: tekst/, /expected true or false, but found text/);
  });

  it('value not in the list', () => {
    expectOne({ 'a.yaml': MINIMAL.replace('[openbaar, intern]', '[openbaar, geheim]') }, 'a.yaml', 'use_cases[0].data_classes[1]', /"geheim" is niet toegestaan; kies uit: openbaar, intern, vertrouwelijk/, /not allowed; choose from/);
  });

  it('prohibited risk class is refused citing AI Act art. 5', () => {
    const many = `${MINIMAL}${useCaseYaml('b')}${useCaseYaml('c', '    risk_class: prohibited\n').replace('    risk_class: limited\n', '')}`;
    expectOne({ 'a.yaml': many }, 'a.yaml', 'use_cases[2].risk_class', /verboden AI-praktijken .*AI-verordening art\. 5/, /prohibited AI practices .*AI Act art\. 5/);
    expectOne({ 'a.yaml': MINIMAL.replace('risk_class: limited', 'risk_class: unacceptable') }, 'a.yaml', 'use_cases[0].risk_class', /art\. 5/, /art\. 5/);
  });

  it('unknown risk class', () => {
    expectOne({ 'a.yaml': MINIMAL.replace('risk_class: limited', 'risk_class: hoog') }, 'a.yaml', 'use_cases[0].risk_class', /geen risicoklasse; kies minimal, limited of high-risk/, /not a risk class/);
  });

  it('high-risk with metadata retention below 183 days', () => {
    const yaml = MINIMAL.replace('risk_class: limited', 'risk_class: high-risk') + '    retention: { content_days: 0, metadata_days: 90 }\n';
    expectOne({ 'a.yaml': yaml }, 'a.yaml', 'use_cases[0].retention.metadata_days', /minstens 183 dagen .*art\. 19 en 26\(6\).*niet 90/, /at least 183 days/);
  });

  it('content kept while content_storage is none', () => {
    expectOne({ 'a.yaml': `${MINIMAL}    retention: { content_days: 30 }\n` }, 'a.yaml', 'use_cases[0].retention.content_days', /content_days moet 0 zijn/, /must be 0/);
  });

  it('invalid id', () => {
    expectOne({ 'a.yaml': MINIMAL.replace('  use_case: basis', '  use_case: Brieven Herschrijven').replace('- id: basis', '- id: Brieven Herschrijven') }, 'a.yaml', 'use_cases[0].id', /kleine letters/, /lowercase/);
  });

  it('unknown PII entity type', () => {
    expectOne({ 'a.yaml': `${MINIMAL}    pii:\n      BSNN: block\n` }, 'a.yaml', 'use_cases[0].pii.BSNN', /onbekend veld/, /unknown field/);
  });

  it('unknown PII operator', () => {
    expectOne({ 'a.yaml': `${MINIMAL}    pii:\n      BSN: weglaten\n` }, 'a.yaml', 'use_cases[0].pii.BSN', /kies uit: pseudonymise, redact, mask, block, allow/, /choose from/);
  });

  it('duplicate use case id across files names both files', () => {
    expectOne({ 'a.yaml': MINIMAL, 'b.yaml': `use_cases:\n${useCaseYaml('basis')}` }, 'b.yaml', 'use_cases[0].id', /bestaat al \(in a\.yaml\)/, /already exists \(in a\.yaml\)/);
  });

  it('duplicate rule id', () => {
    const rule = `  - id: r1\n    description: Regel\n    source: test\n    action: warn\n    message: { nl: Let op, en: Careful }\n    match: { patterns: [foo] }\n`;
    expectOne({ 'a.yaml': `${MINIMAL}rules:\n${rule}`, 'b.yaml': `rules:\n${rule}` }, 'b.yaml', 'rules[0].id', /regel "r1" bestaat al \(in a\.yaml\)/, /already exists/);
  });

  it('rule referencing an unknown use case', () => {
    const i = expectOne({
      'a.yaml': `${MINIMAL}rules:\n  - id: r1\n    description: Regel\n    source: test\n    action: block\n    message: { nl: Nee, en: No }\n    match: { use_cases: [bestaat-niet], patterns: [foo] }\n`,
    }, 'a.yaml', 'rules[0].match.use_cases[0]', /onbekende use case "bestaat-niet"/, /unknown use case "bestaat-niet"/);
    expect(i.item).toBe('regel/rule "r1"');
  });

  it('default use case that does not exist', () => {
    expectOne({ 'a.yaml': MINIMAL.replace('use_case: basis', 'use_case: weg') }, 'a.yaml', 'defaults.use_case', /"weg" bestaat niet/, /does not exist/);
  });

  it('default use case set in two files', () => {
    expectOne({ 'a.yaml': MINIMAL, 'b.yaml': 'defaults:\n  use_case: basis\n' }, 'b.yaml', 'defaults.use_case', /al gezet in a\.yaml/, /already set in a\.yaml/);
  });

  const ruleWith = (pattern: string) =>
    `${MINIMAL}rules:\n  - id: r1\n    description: Regel\n    source: test\n    action: block\n    message: { nl: Nee, en: No }\n    match:\n      patterns: ['ok', '${pattern}']\n`;

  it('regex that does not compile', () => {
    expectOne({ 'a.yaml': ruleWith('(abc') }, 'a.yaml', 'rules[0].match.patterns[1]', /ongeldige reguliere expressie/, /invalid regular expression/);
  });

  it.each([
    ['(a+)+b', /geneste herhaling/],
    ['(\\w+\\s?)*x', /geneste herhaling/],
    ['beslis.*bijstand', /onbegrensde tussenruimte/],
    ['(x)\\1', /terugverwijzingen/],
    ['(?<naam>x)', /benoemde groepen/],
  ])('regex unsafe against backtracking or joining: %s', (pattern, nl) => {
    expectOne({ 'a.yaml': ruleWith(pattern) }, 'a.yaml', 'rules[0].match.patterns[1]', nl, /./);
  });

  it('case-insensitive patterns may be written in capitals or with accents', () => {
    const p = loadPolicy(policyDir({ 'a.yaml': ruleWith('FINANCIËLE [A-Z]{3}') }));
    expect(p.evaluate({ useCase: p.useCase('basis')!, text: 'de financiele gevolgen' }).action).toBe('block');
    expect(p.evaluate({ useCase: p.useCase('basis')!, text: 'De Financiële Gevolgen' }).action).toBe('block');
  });

  it('bounded gaps and lookbehind are fine', () => {
    expect(() => loadPolicy(policyDir({ 'a.yaml': ruleWith('(?<!hoe )beslis.{0,40}(bijstand|uitkering)?') }))).not.toThrow();
  });

  it('block rule without a message, rule without conditions', () => {
    const { issues } = issuesOf({
      'a.yaml': `${MINIMAL}rules:\n  - id: r1\n    description: Regel\n    source: test\n    action: block\n    match: {}\n`,
    });
    expect(issues.map((i) => `${i.path}: ${i.en}`)).toEqual([
      expect.stringMatching(/^rules\[0\]\.message: is missing; a block rule needs a message/),
      expect.stringMatching(/^rules\[0\]\.match: has no condition at all/),
    ]);
  });

  it('alias listing another alias', () => {
    expectOne({ 'a.yaml': `${MINIMAL}model_aliases:\n  a: [m1]\n  b: [a, m2]\n` }, 'a.yaml', 'model_aliases.b[0]', /is zelf een alias/, /is itself an alias/);
  });

  it('collects problems from several files at once', () => {
    const { issues, error } = issuesOf({ 'a.yaml': MINIMAL.replace('risk_class: limited', 'risk_class: verboden'), 'b.yaml': 'rules: 3\n' });
    expect(issues.map((i) => i.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(error.message).toMatch(/a\.yaml: use_cases\[0\]\.risk_class \(use case "basis"\): .*art\. 5/);
    expect(error.message).toMatch(/b\.yaml: rules: verwacht een lijst/);
  });

  it('empty directory, missing directory, no use cases', () => {
    expect(issuesOf({}).issues[0].en).toMatch(/no policy files/);
    expect(() => loadPolicy('/nonexistent/poortwachter')).toThrow(/directory cannot be read \(ENOENT\)/);
    expect(issuesOf({ 'a.yaml': 'model_aliases:\n  a: [m]\n' }).issues[0].en).toMatch(/no use case at all/);
  });
});
