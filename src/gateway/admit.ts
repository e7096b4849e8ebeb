/**
 * The steps every kind of request shares before anything leaves: identify (use case), inspect and
 * pseudonymise (PII), decide (policy rules), route (compliant providers) — and the upstream call's
 * plumbing: one abort controller tied to the client, retries and fallbacks, and attempts on the record.
 */
import { Pseudonymiser, PiiAnalysisError, type Analyzer, type EntityType } from '../pii/index.js';
import type { Decision, PolicyHolder, RouteResult, UseCase } from '../policy/index.js';
import type { ProviderRegistry } from '../providers/index.js';
import type { AppKey } from '../store/keys.js';
import { GatewayError } from './errors.js';
import { blockedByRules, blockedPersonalData, personalDataCheckFailed } from './refusals.js';
import type { Attempt, Candidate, Resilience } from './resilience/index.js';
import type { Trace } from './trace.js';

export interface Gateway {
  providers: ProviderRegistry;
  policy: PolicyHolder;
  analyzer: Analyzer;
  resilience: Resilience;
}

/** What the client is told besides the answer. */
export interface Notices {
  useCase: string;
  /** Warnings from matched policy rules (e.g. "check this output"). */
  warnings: string[];
  /** AI-generated-content notice of the use case (AI Act art. 50). */
  aiNotice?: string;
}

export interface Admission<T> {
  key: AppKey;
  useCase: UseCase;
  pseudonymiser: Pseudonymiser;
  /** The request's content with personal data replaced, as it may leave. */
  protected: T;
  route: RouteResult;
  notices: Notices;
}

export interface AdmitInput<T> {
  model: string;
  useCase?: string | null;
  /** All text policy rules read (before pseudonymisation). */
  text: () => string;
  /** Replaces personal data in the request's content. */
  protect: (pseudonymiser: Pseudonymiser) => T;
}

export function admit<T>(gateway: Gateway, trace: Trace, input: AdmitInput<T>): Admission<T> {
  trace.modelRequested = input.model;
  // One policy object for the whole request: a reload meanwhile does not change it half-way.
  const policy = gateway.policy.current();
  trace.policyVersion = policy.version;

  // identify
  const key = trace.key!;
  const useCase = policy.resolveUseCase(input.useCase, { useCases: key.useCases, defaultUseCase: key.defaultUseCase, department: key.department });
  trace.useCase = useCase.id;

  // inspect + pseudonymise: one analysis gives both the types found and the text that may leave
  const pseudonymiser = new Pseudonymiser(gateway.analyzer, policy.operatorsFor(useCase));
  let protectedContent: T;
  try {
    protectedContent = input.protect(pseudonymiser);
  } catch (error) {
    if (error instanceof PiiAnalysisError) throw personalDataCheckFailed();
    throw error;
  }
  const receipt = pseudonymiser.receipt();
  trace.piiReceipt = receipt;

  // decide
  const decision = policy.evaluate({
    useCase, text: input.text(), piiTypes: Object.keys(receipt) as EntityType[], model: input.model, department: key.department,
  });
  trace.decision = recordedDecision(decision);
  trace.review = decision.matched.some((m) => m.action === 'review');
  if (decision.action === 'block') throw blockedByRules(decision);
  if (pseudonymiser.blocked.length > 0) throw blockedPersonalData(pseudonymiser.blocked);

  // route: only to providers that meet the use case's requirements, in fallback order
  const route = policy.route(useCase, input.model, gateway.providers.all, gateway.providers.find);
  trace.route = { provider: route.candidates[0]!.provider.name, model: route.candidates[0]!.model, rejected: route.rejected, attempts: [] };
  return { key, useCase, pseudonymiser, protected: protectedContent, route, notices: noticesFor(useCase, decision) };
}

/** The upstream call's plumbing: the client leaving aborts it at once; attempts go on the record. */
export function upstreamCall(gateway: Gateway, trace: Trace, route: RouteResult, clientSignal: AbortSignal) {
  const upstream = new AbortController();
  const abort = () => upstream.abort();
  if (clientSignal.aborted) abort();
  clientSignal.addEventListener('abort', abort, { once: true });
  const attempts: Attempt[] = trace.route?.attempts ?? [];
  return {
    signal: upstream.signal,
    abort,
    cleanup: () => clientSignal.removeEventListener('abort', abort),
    resilience: { ...gateway.resilience, signal: upstream.signal, attempts },
    candidates: route.candidates,
    /** The record names whichever provider is tried, so in the end the one that answered. */
    tried(candidate: Candidate): void {
      trace.provider = candidate.provider.name;
      trace.route = { ...trace.route!, provider: candidate.provider.name, model: candidate.model, attempts };
    },
  };
}

function noticesFor(useCase: UseCase, decision: Decision): Notices {
  return { useCase: useCase.id, warnings: decision.notices, aiNotice: useCase.notice ? `${useCase.notice.nl} / ${useCase.notice.en}` : undefined };
}

function recordedDecision(decision: Decision) {
  return { action: decision.action, rules: decision.matched.map((m) => ({ id: m.id, action: m.action, source: m.source })), notices: decision.notices };
}

export class CancelledError extends Error {
  override name = 'CancelledError';
}

export function cancelledOr(error: unknown, clientSignal: AbortSignal): Error {
  if (clientSignal.aborted) return new CancelledError('De client heeft de verbinding verbroken / The client closed the connection.');
  if (error instanceof GatewayError) return error;
  return new GatewayError({ status: 502, type: 'upstream_error', code: 'upstream_error', message: 'De provider gaf een onverwachte fout / The provider failed unexpectedly.' });
}
