/**
 * `policy.evaluate(...)`: which rules apply to this prompt in this use case, and what that means.
 * Cheap conditions (use case, data class, department, model, PII types) are checked before any text
 * work. The text is normalised once, only when a rule gets that far, and scanned once by the literal
 * prefilter (prefilter.ts); a pattern runs only when the literals it needs are present. The strongest
 * action wins (block > review > warn > allow); all matches are listed so the record shows everything
 * that applied.
 */
import { normaliseText, type NormalisedText } from './normalise.js';
import type { Policy } from './policy.js';
import type { TextIndex } from './prefilter.js';
import type { CompiledRule, Decision, EvaluateInput, MatchedRule, RuleAction } from './types.js';

const STRENGTH: Record<RuleAction, number> = { allow: 0, warn: 1, review: 2, block: 3 };

export function strongest(a: RuleAction, b: RuleAction): RuleAction {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

export interface EvaluateOptions {
  /**
   * Use the literal prefilter (default true). Off runs each rule's joined regex on every prompt that
   * passes the cheap conditions: the reference behaviour, kept for tests and the benchmark.
   */
  prefilter?: boolean;
}

export function evaluate(policy: Policy, input: EvaluateInput, options: EvaluateOptions = {}): Decision {
  const { useCase } = input;
  const pii = new Set(input.piiTypes ?? []);
  const department = input.department?.toLowerCase() ?? null;
  const modelNames = input.model ? new Set([input.model, ...policy.expandModel(input.model)]) : new Set<string>();

  let action: RuleAction = 'allow';
  const matched: MatchedRule[] = [];
  const notices: string[] = [];

  const ctx: MatchContext = {
    useCaseId: useCase.id,
    dataClasses: useCase.dataClasses,
    department,
    modelNames,
    pii,
    raw: input.text,
    text: null,
    index: options.prefilter === false ? null : policy.textIndex,
    hits: null,
  };
  policy.rules.forEach((rule, r) => {
    const reasons = matchRule(rule, r, ctx);
    if (!reasons) return;
    action = strongest(action, rule.action);
    matched.push({ id: rule.id, action: rule.action, source: rule.source, description: rule.description, message: rule.message, reasons });
    if ((rule.action === 'warn' || rule.action === 'review') && rule.message) notices.push(`${rule.message.nl} / ${rule.message.en}`);
  });
  return { action, matched, notices };
}

interface MatchContext {
  useCaseId: string;
  dataClasses: readonly string[];
  department: string | null;
  modelNames: ReadonlySet<string>;
  pii: ReadonlySet<string>;
  raw: string;
  /** Normalised on first need, then shared by all rules. */
  text: NormalisedText | null;
  /** null: prefilter off. */
  index: TextIndex | null;
  /** The prefilter's scan of text.lower, on first need. */
  hits: Uint8Array | null;
}

/** The reasons the rule applies, or null when it does not. Reasons never quote the prompt. */
function matchRule(rule: CompiledRule, r: number, ctx: MatchContext): string[] | null {
  const reasons: string[] = [];
  if (rule.useCases.size > 0) {
    if (!rule.useCases.has(ctx.useCaseId)) return null;
    reasons.push(`use case ${ctx.useCaseId}`);
  }
  if (rule.notUseCases.has(ctx.useCaseId)) return null;
  if (rule.unlessDataClasses.some((dc) => ctx.dataClasses.includes(dc))) return null;
  if (rule.departments.size > 0) {
    if (ctx.department === null || !rule.departments.has(ctx.department)) return null;
    reasons.push(`afdeling/department ${ctx.department}`);
  }
  if (rule.models.size > 0) {
    const hit = [...ctx.modelNames].find((m) => rule.models.has(m));
    if (!hit) return null;
    reasons.push(`model ${hit}`);
  }
  if (rule.piiTypes.size > 0) {
    const found = [...rule.piiTypes].filter((t) => ctx.pii.has(t));
    if (found.length === 0) return null;
    reasons.push(`persoonsgegevens/personal data: ${found.join(', ')}`);
  }
  if (rule.pattern || rule.casedPattern) {
    const text = (ctx.text ??= normaliseText(ctx.raw));
    if (ctx.index) {
      // Run only the patterns whose required literals are present; the rule applies when one matches.
      const hits = (ctx.hits ??= ctx.index.scan(text.lower));
      const before = reasons.length;
      rule.patternSources.forEach((p, i) => {
        if (ctx.index!.mayMatch(r, i, hits) && p.re.test(p.cased ? text.cased : text.lower)) reasons.push(`patroon/pattern /${p.source}/`);
      });
      if (reasons.length === before) return null;
      return reasons;
    }
    const hit = (rule.pattern?.test(text.lower) ?? false) || (rule.casedPattern?.test(text.cased) ?? false);
    if (!hit) return null;
    // Only now, on a hit, find which single patterns matched (for the explanation).
    for (const p of rule.patternSources) {
      if (p.re.test(p.cased ? text.cased : text.lower)) reasons.push(`patroon/pattern /${p.source}/`);
    }
  }
  return reasons;
}
