/**
 * Doelbinding: which use case a request runs under, and the PII operators that follow from it.
 * Every refusal is a 403 permission_error with a Dutch-then-English message and a stable code.
 */
import { GatewayError } from '../gateway/errors.js';
import type { OperatorTable } from './pii-types.js';
import type { Policy } from './policy.js';
import type { UseCase } from './types.js';

/** What a key brings: the use cases it holds (empty = only the policy default), its default, its department. */
export interface KeyUseCases {
  useCases: readonly string[];
  defaultUseCase?: string | null;
  department?: string | null;
}

function refuse(code: string, nl: string, en: string): GatewayError {
  return new GatewayError({ status: 403, type: 'permission_error', code, message: `${nl} / ${en}` });
}

/**
 * The requested use case if given and held by the key; otherwise the key's default (or its only use
 * case); otherwise the policy default. Refuses unknown, not held, suspended, or other departments' use cases.
 */
export function resolveUseCase(policy: Policy, requested: string | undefined | null, key: KeyUseCases): UseCase {
  const held = new Set(key.useCases);
  if (key.defaultUseCase) held.add(key.defaultUseCase);
  if (held.size === 0 && policy.defaults.useCase) held.add(policy.defaults.useCase);

  const wanted = requested?.trim() || undefined;
  const id = wanted ?? key.defaultUseCase ?? (key.useCases.length === 1 ? key.useCases[0] : undefined) ?? policy.defaults.useCase;
  if (!id) {
    throw refuse('use_case_required',
      'Geen use case opgegeven en er is geen standaard; elke aanvraag hoort bij een geregistreerd doel (doelbinding).',
      'No use case given and there is no default; every request must belong to a registered purpose (purpose limitation).');
  }
  const useCase = policy.useCase(id);
  if (!useCase) {
    throw refuse('use_case_unknown',
      `Onbekende use case "${id}". Vraag de beheerder welke use cases voor deze sleutel gelden.`,
      `Unknown use case "${id}". Ask the administrator which use cases this key may use.`);
  }
  if (!held.has(id)) {
    throw refuse('use_case_not_allowed',
      `Deze sleutel mag use case "${id}" niet gebruiken (doelbinding).${wanted ? '' : ' Geef een use case op.'}`,
      `This key may not use use case "${id}" (purpose limitation).${wanted ? '' : ' Specify a use case.'}`);
  }
  if (useCase.status === 'suspended') {
    throw refuse('use_case_suspended',
      `Use case "${id}" is opgeschort: het gebruik is stilgelegd omdat er een risico is vastgesteld (AI-verordening art. 26(5)). Neem contact op met ${useCase.owner}.`,
      `Use case "${id}" is suspended: use has been halted because a risk was identified (AI Act art. 26(5)). Contact ${useCase.owner}.`);
  }
  if (useCase.departments.length > 0) {
    const dept = key.department?.toLowerCase();
    if (!dept || !useCase.departments.some((d) => d.toLowerCase() === dept)) {
      const list = useCase.departments.join(', ');
      throw refuse('use_case_not_allowed',
        `Use case "${id}" is alleen voor afdeling(en) ${list}; deze sleutel hoort bij ${key.department ? `afdeling "${key.department}"` : 'geen afdeling'}.`,
        `Use case "${id}" is only for department(s) ${list}; this key belongs to ${key.department ? `department "${key.department}"` : 'no department'}.`);
    }
  }
  return useCase;
}

/** The policy's default operators overlaid with the use case's own. */
export function operatorsFor(policy: Policy, useCase: UseCase): OperatorTable {
  return { ...policy.defaults.pii, ...useCase.pii };
}
