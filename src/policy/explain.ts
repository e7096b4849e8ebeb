/**
 * `policy explain`: what would happen to this prompt under this use case, and why, without calling
 * any provider. Used by the CLI and (later) the governance UI. Never shows the raw prompt back: only
 * PII types, the pseudonymised preview (if a PII engine is given) and rule reasons.
 */
import { GatewayError } from '../gateway/errors.js';
import type { Provider } from '../gateway/types.js';
import type { EntityType, Operator, OperatorTable } from './pii-types.js';
import type { Policy } from './policy.js';
import type { RouteRejection } from './routing.js';
import type { Decision, RuleAction } from './types.js';

export interface PiiPreviewResult {
  spans: { type: EntityType }[];
  /** The text as it would leave the building (pseudonymised / redacted). */
  text: string;
  /** Entity types whose operator is `block` and that were found. */
  blocked: string[];
}
export type PiiPreview = (text: string, operators: OperatorTable) => PiiPreviewResult;

export interface ExplainInput {
  useCaseId: string;
  text: string;
  model?: string;
  department?: string | null;
  providers: readonly Provider[];
  forModel: (model: string) => Provider | undefined;
  piiPreview?: PiiPreview;
}

export interface Explanation {
  policyVersion: string;
  useCase: {
    id: string; name: string; purpose: string; owner: string; riskClass: string; status: string;
    dataClasses: readonly string[]; notice?: { nl: string; en: string };
  };
  pii: {
    checked: boolean;
    found: { type: EntityType; count: number; operator: Operator }[];
    blocked: string[];
    preview?: string;
  };
  decision: Decision;
  routing: {
    requestedModel: string | null;
    models: string[];
    candidates: { model: string; provider: string }[];
    rejected: RouteRejection[];
    error?: { code: string | null; message: string };
  };
  outcome: RuleAction;
  /** Why the request would be refused ("nl / en"), empty if it would pass. */
  refusals: string[];
}

export function explain(policy: Policy, input: ExplainInput): Explanation {
  const useCase = policy.useCase(input.useCaseId);
  if (!useCase) {
    throw new GatewayError({
      status: 403, type: 'permission_error', code: 'use_case_unknown',
      message: `Onbekende use case "${input.useCaseId}" / Unknown use case "${input.useCaseId}".`,
    });
  }
  const refusals: string[] = [];
  if (useCase.status === 'suspended') {
    refusals.push(`use case is opgeschort (AI-verordening art. 26(5)) / use case is suspended (AI Act art. 26(5))`);
  }

  const operators = policy.operatorsFor(useCase);
  const pii: Explanation['pii'] = { checked: false, found: [], blocked: [] };
  if (input.piiPreview) {
    const preview = input.piiPreview(input.text, operators);
    const counts = new Map<EntityType, number>();
    for (const s of preview.spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
    pii.checked = true;
    pii.found = [...counts].map(([type, count]) => ({ type, count, operator: operators[type] ?? operators.default ?? 'pseudonymise' }));
    pii.blocked = [...preview.blocked];
    pii.preview = preview.text;
    if (pii.blocked.length > 0) {
      refusals.push(`persoonsgegevens die niet mogen worden verstuurd: ${pii.blocked.join(', ')} / personal data that may not be sent: ${pii.blocked.join(', ')}`);
    }
  }

  const decision = policy.evaluate({
    useCase, text: input.text, piiTypes: pii.found.map((f) => f.type), model: input.model, department: input.department,
  });
  for (const m of decision.matched) {
    if (m.action === 'block') refusals.push(`regel ${m.id} (${m.source}) / rule ${m.id} (${m.source})`);
  }

  const routing: Explanation['routing'] = { requestedModel: input.model ?? null, models: [], candidates: [], rejected: [] };
  try {
    const result = policy.route(useCase, input.model ?? '', input.providers, input.forModel);
    routing.models = result.models;
    routing.candidates = result.candidates.map((c) => ({ model: c.model, provider: c.provider.name }));
    routing.rejected = result.rejected;
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    routing.error = { code: error.code, message: error.message };
    refusals.push(error.message);
  }

  const outcome: RuleAction = refusals.length > 0 ? 'block' : decision.action;
  return {
    policyVersion: policy.version,
    useCase: {
      id: useCase.id, name: useCase.name, purpose: useCase.purpose, owner: useCase.owner, riskClass: useCase.riskClass,
      status: useCase.status, dataClasses: useCase.dataClasses, notice: useCase.notice,
    },
    pii,
    decision,
    routing,
    outcome,
    refusals,
  };
}

const OUTCOME: Record<RuleAction, string> = {
  allow: 'TOEGESTAAN / allowed',
  warn: 'TOEGESTAAN MET WAARSCHUWING / allowed with a warning',
  review: 'TOEGESTAAN, GEMARKEERD VOOR MENSELIJKE BEOORDELING / allowed, flagged for human review',
  block: 'GEWEIGERD / refused',
};

/** Readable, Dutch first. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [];
  const uc = e.useCase;
  lines.push(`Use case: ${uc.id} — ${uc.name} (risicoklasse/risk class ${uc.riskClass}, status ${uc.status === 'active' ? 'actief/active' : 'OPGESCHORT/suspended'})`);
  lines.push(`  Doel/purpose: ${uc.purpose}`);
  lines.push(`  Eigenaar/owner: ${uc.owner}; gegevensklassen/data classes: ${uc.dataClasses.join(', ')}`);
  lines.push(`  Beleidsversie/policy version: ${e.policyVersion}`);
  lines.push('');
  lines.push('Persoonsgegevens / personal data:');
  if (!e.pii.checked) {
    lines.push('  niet gecontroleerd: geen PII-detectie beschikbaar in deze weergave / not checked: no PII detection available here');
  } else if (e.pii.found.length === 0) {
    lines.push('  geen gevonden / none found');
  } else {
    for (const f of e.pii.found) lines.push(`  ${f.type} ×${f.count} → ${f.operator}`);
    if (e.pii.preview !== undefined) lines.push(`  Zo zou de tekst vertrekken / the text would leave as: ${e.pii.preview}`);
  }
  lines.push('');
  lines.push('Regels / rules:');
  if (e.decision.matched.length === 0) lines.push('  geen regel van toepassing / no rule applies');
  for (const m of e.decision.matched) {
    const desc = m.description.en ? `${m.description.nl} / ${m.description.en}` : m.description.nl;
    lines.push(`  [${m.action}] ${m.id} (${m.source}): ${desc}`);
    for (const r of m.reasons) lines.push(`      waarom/why: ${r}`);
    if (m.message) lines.push(`      melding/message: ${m.message.nl} / ${m.message.en}`);
  }
  lines.push('');
  lines.push('Provider:');
  if (e.routing.error) {
    lines.push(`  geweigerd/refused (${e.routing.error.code}): ${e.routing.error.message}`);
  } else {
    const [first, ...rest] = e.routing.candidates;
    if (first) lines.push(`  gekozen/chosen: model ${first.model} via ${first.provider}`);
    for (const c of rest) lines.push(`  terugval/fallback: model ${c.model} via ${c.provider}`);
    for (const r of e.routing.rejected) lines.push(`  afgewezen/rejected: ${r.provider} (${r.model}): ${r.reasons.join('; ')}`);
  }
  lines.push('');
  lines.push(`Uitkomst / outcome: ${OUTCOME[e.outcome]}`);
  for (const r of e.refusals) lines.push(`  - ${r}`);
  for (const n of e.decision.notices) lines.push(`  melding/notice: ${n}`);
  if (uc.notice && e.outcome !== 'block') lines.push(`  AI-melding/AI notice (AI-verordening art. 50): ${uc.notice.nl} / ${uc.notice.en}`);
  lines.push('Er is geen provider aangeroepen / no provider was called.');
  return lines.join('\n');
}
