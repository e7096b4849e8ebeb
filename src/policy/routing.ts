/**
 * Compliant routing: which (model, provider) pairs may serve this use case, in fallback order.
 * Aliases expand to their ordered model list; a use case's `models` limits what may be asked for; a
 * provider that does not meet the use case's requirements is never a candidate, and when none is left
 * the request is refused with the reasons (never sent elsewhere silently).
 */
import { GatewayError } from '../gateway/errors.js';
import type { Provider, ProviderAttributes } from '../gateway/types.js';
import type { Policy } from './policy.js';
import type { Requirements, UseCase } from './types.js';

export interface RouteCandidate {
  model: string;
  provider: Provider;
}

export interface RouteRejection {
  provider: string;
  model: string;
  reasons: string[];
}

export interface RouteResult {
  /** The model chain tried, in order (after alias expansion and the use case's restriction). */
  models: string[];
  /** Compliant (model, provider) pairs in fallback order: try the first, fall back to the next. */
  candidates: RouteCandidate[];
  /** Providers considered and refused, with why (nl / en). */
  rejected: RouteRejection[];
}

/** Why these attributes fail these requirements ("nl / en" each); empty = compliant. */
export function checkRequirements(req: Requirements, attrs: ProviderAttributes): string[] {
  const reasons: string[] = [];
  const region = attrs.region.toLowerCase();
  if (req.regions && !req.regions.includes(region)) {
    const allowed = req.regions.join(', ');
    reasons.push(`regio "${attrs.region}" niet toegestaan (toegestaan: ${allowed}) / region "${attrs.region}" not allowed (allowed: ${allowed})`);
  }
  if (req.noTraining && attrs.trainsOnData) {
    reasons.push('traint op aangeleverde gegevens / trains on submitted data');
  }
  const retention = attrs.zeroDataRetention ? 0 : attrs.retentionDays;
  if (req.maxRetentionDays !== undefined && retention > req.maxRetentionDays) {
    reasons.push(`bewaart ${retention} dagen, maximaal ${req.maxRetentionDays} toegestaan / retains ${retention} days, at most ${req.maxRetentionDays} allowed`);
  }
  if (req.zeroDataRetention && !attrs.zeroDataRetention && attrs.retentionDays !== 0) {
    reasons.push('geen zero data retention / no zero data retention');
  }
  if (req.selfHosted && !attrs.selfHosted) {
    reasons.push('niet zelf gehost (bijv. bijzondere persoonsgegevens) / not self-hosted (e.g. special-category data)');
  }
  if (req.contractRequired && !attrs.contract) {
    reasons.push('geen contract/verwerkersovereenkomst vastgelegd / no contract/DPA on record');
  }
  return reasons;
}

/** The model chain for a request under this use case; throws model_not_allowed / model_required. */
export function modelChain(policy: Policy, useCase: UseCase, requestedModel: string): string[] {
  const requested = requestedModel.trim();
  const restricted = useCase.models.length > 0;
  if (!requested) {
    if (!restricted) {
      throw new GatewayError({
        status: 400, type: 'invalid_request_error', code: 'model_required', param: 'model',
        message: 'Geen model opgegeven en de use case noemt geen modellen / No model given and the use case names no models.',
      });
    }
    return dedupe(useCase.models.flatMap((m) => policy.expandModel(m)));
  }
  let chain = dedupe([...policy.expandModel(requested)]);
  if (restricted) {
    const allowed = new Set(useCase.models.flatMap((m) => [m, ...policy.expandModel(m)]));
    chain = chain.filter((m) => allowed.has(m));
    if (chain.length === 0) {
      const list = useCase.models.join(', ');
      throw new GatewayError({
        status: 403, type: 'permission_error', code: 'model_not_allowed', param: 'model',
        message: `Model "${requested}" is niet toegestaan voor use case "${useCase.id}" (toegestaan: ${list}) / Model "${requested}" is not allowed for use case "${useCase.id}" (allowed: ${list}).`,
      });
    }
  }
  return chain;
}

export function route(
  policy: Policy,
  useCase: UseCase,
  requestedModel: string,
  providers: readonly Provider[],
  forModel: (model: string) => Provider | undefined,
): RouteResult {
  const models = modelChain(policy, useCase, requestedModel);
  const candidates: RouteCandidate[] = [];
  const rejected: RouteRejection[] = [];

  for (const model of models) {
    // The provider the gateway would pick for this model first, then any other that names the model.
    const serving: Provider[] = [];
    const primary = forModel(model);
    if (primary) serving.push(primary);
    for (const p of providers) if (p.models.includes(model) && !serving.some((s) => s.name === p.name)) serving.push(p);
    if (serving.length === 0) {
      rejected.push({ provider: '-', model, reasons: ['geen provider voor dit model / no provider serves this model'] });
      continue;
    }
    for (const provider of serving) {
      const reasons = checkRequirements(useCase.requirements, provider.attributes);
      if (reasons.length === 0) candidates.push({ model, provider });
      else rejected.push({ provider: provider.name, model, reasons });
    }
  }

  if (candidates.length === 0 && rejected.every((r) => r.provider === '-')) {
    throw new GatewayError({
      status: 404, type: 'not_found_error', code: 'model_not_found', param: 'model',
      message: `Het model "${requestedModel}" bestaat niet of is niet beschikbaar / The model "${requestedModel}" does not exist or is not available.`,
    });
  }
  if (candidates.length === 0) {
    const why = rejected.map((r) => `${r.provider} (${r.model}): ${r.reasons.join('; ')}`).join(' | ');
    throw new GatewayError({
      status: 403, type: 'policy_violation', code: 'no_compliant_provider',
      message: `Geen provider voldoet aan de eisen van use case "${useCase.id}"; het verzoek is nergens heen gestuurd / No provider meets the requirements of use case "${useCase.id}"; the request was not sent anywhere. ${why}`,
    });
  }
  return { models, candidates, rejected };
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}
