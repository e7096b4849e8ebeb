/**
 * `policy.evaluate(...)`: which rules apply to this prompt in this use case, and what that means.
 * Cheap conditions (use case, data class, department, model, PII types) are checked before the one
 * compiled regex per rule. The strongest action wins (block > review > warn > allow); all matches are
 * listed so the record shows everything that applied.
 */
import { normaliseText } from './normalise.js';
import type { Policy } from './policy.js';
import type { CompiledRule, Decision, EvaluateInput, MatchedRule, RuleAction } from './types.js';

const STRENGTH: Record<RuleAction, number> = { allow: 0, warn: 1, review: 2, block: 3 };

export function strongest(a: RuleAction, b: RuleAction): RuleAction {
  return STRENGTH[b] > STRENGTH[a] ? b : a;
}

export function evaluate(policy: Policy, input: EvaluateInput): Decision {
  const { useCase } = input;
  const text = normaliseText(input.text);
  const pii = new Set(input.piiTypes ?? []);
  const department = input.department?.toLowerCase() ?? null;
  const modelNames = input.model ? new Set([input.model, ...policy.expandModel(input.model)]) : new Set<string>();

  let action: RuleAction = 'allow';
  const matched: MatchedRule[] = [];
  const notices: string[] = [];

  for (const rule of policy.rules) {
    const reasons = matchRule(rule, { useCaseId: useCase.id, dataClasses: useCase.dataClasses, department, modelNames, pii, text });
    if (!reasons) continue;
    action = strongest(action, rule.action);
    matched.push({ id: rule.id, action: rule.action, source: rule.source, description: rule.description, message: rule.message, reasons });
    if ((rule.action === 'warn' || rule.action === 'review') && rule.message) notices.push(`${rule.message.nl} / ${rule.message.en}`);
  }
  return { action, matched, notices };
}

interface MatchContext {
  useCaseId: string;
  dataClasses: readonly string[];
  department: string | null;
  modelNames: ReadonlySet<string>;
  pii: ReadonlySet<string>;
  text: { lower: string; cased: string };
}

/** The reasons the rule applies, or null when it does not. Reasons never quote the prompt. */
function matchRule(rule: CompiledRule, ctx: MatchContext): string[] | null {
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
    const hit = (rule.pattern?.test(ctx.text.lower) ?? false) || (rule.casedPattern?.test(ctx.text.cased) ?? false);
    if (!hit) return null;
    // Only now, on a hit, find which single patterns matched (for the explanation).
    for (const p of rule.patternSources) {
      if (p.re.test(p.cased ? ctx.text.cased : ctx.text.lower)) reasons.push(`patroon/pattern /${p.source}/`);
    }
  }
  return reasons;
}
