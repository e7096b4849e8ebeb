/**
 * The running account of one interaction: who, what, how long, and what left the building.
 * It becomes exactly one record when the interaction ends, whatever way it ends.
 */
import { randomUUID } from 'node:crypto';
import type { InteractionStore, Outcome } from '../store/interactions.js';
import type { AppKey } from '../store/keys.js';
import type { Receipt } from '../pii/index.js';
import type { ChatMessage, Usage } from './types.js';
import { pseudonymousId } from './upstream-request.js';

export interface RecordedDecision {
  action: 'allow' | 'warn' | 'block' | 'review';
  rules: { id: string; action: string; source: string }[];
  notices: string[];
}

export interface RecordedRoute {
  provider: string;
  model: string;
  /** Every provider tried, in order, with the result (ok or the error that made us move on). */
  attempts?: { provider: string; model: string; result: string }[];
  /** Providers that did not meet the use case's requirements, and why. */
  rejected: { provider: string; model: string; reasons: string[] }[];
}

export type Door = 'openai' | 'anthropic' | 'ui';

export class Trace {
  readonly id: string;
  readonly startedAt = new Date();
  private readonly t0 = performance.now();
  key?: AppKey;
  useCase?: string;
  policyVersion?: string;
  /** Policy decision (action, rules matched, notices): what governance reviews. */
  decision?: RecordedDecision;
  review = false;
  piiReceipt?: Receipt;
  route?: RecordedRoute;
  stream = false;
  modelRequested?: string;
  modelUsed?: string;
  provider?: string;
  usage?: Usage;
  sentMessages?: ChatMessage[];
  /** The answer as the provider wrote it (pseudonymised: placeholders, never the restored values). */
  answerText?: string;
  /** Pseudonym of the end user the app named; the raw id is never kept (see setUser). */
  userPseudonym?: string;
  /** Time spent waiting on the upstream, so that total − upstream is the gateway's own time. */
  upstreamMs = 0;
  private recorded = false;

  constructor(
    private readonly store: InteractionStore,
    readonly door: Door,
    idPrefix: string,
  ) {
    this.id = idPrefix + randomUUID().replaceAll('-', '');
  }

  /**
   * The end user the app named (`user` / `safety_identifier`, Anthropic `metadata.user_id`): only its
   * pseudonym per app key is kept, for feedback rights and data-subject requests. Call after `key` is set.
   */
  setUser(raw: unknown): void {
    if (typeof raw === 'string' && raw.trim() && this.key) this.userPseudonym = pseudonymousId(this.key.id, raw);
  }

  elapsedMs(): number {
    return performance.now() - this.t0;
  }

  overheadMs(): number {
    return Math.max(0, this.elapsedMs() - this.upstreamMs);
  }

  /** Times an upstream wait and adds it to upstreamMs. */
  async upstream<T>(wait: Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await wait;
    } finally {
      this.upstreamMs += performance.now() - t;
    }
  }

  /**
   * Writes the record once (later calls are ignored, so no path can record twice); resolves when it is
   * committed. Await it before answering: a completed response always has its record.
   */
  finish(status: number, outcome: Outcome, errorCode?: string | null): Promise<void> {
    if (this.recorded) return Promise.resolve();
    this.recorded = true;
    const latencyMs = this.elapsedMs();
    return this.store.recordSoon({
      id: this.id,
      startedAt: this.startedAt.toISOString(),
      endedAt: new Date().toISOString(),
      door: this.door,
      keyId: this.key?.id ?? null,
      app: this.key?.app ?? null,
      department: this.key?.department ?? null,
      useCase: this.useCase ?? null,
      policyVersion: this.policyVersion ?? null,
      modelRequested: this.modelRequested ?? null,
      modelUsed: this.modelUsed ?? null,
      provider: this.provider ?? null,
      stream: this.stream,
      status,
      outcome,
      errorCode: errorCode ?? null,
      latencyMs: round(latencyMs),
      upstreamMs: this.provider ? round(this.upstreamMs) : null,
      overheadMs: round(Math.max(0, latencyMs - this.upstreamMs)),
      promptTokens: this.usage?.prompt_tokens ?? null,
      completionTokens: this.usage?.completion_tokens ?? null,
      totalTokens: this.usage?.total_tokens ?? null,
      decision: this.decision ? JSON.stringify(this.decision) : null,
      review: this.review,
      piiReceipt: this.piiReceipt ? JSON.stringify(this.piiReceipt) : null,
      route: this.route ? JSON.stringify(this.route) : null,
      requestMessages: this.sentMessages ? JSON.stringify(this.sentMessages) : null,
      answer: this.answerText ?? null,
      userPseudonym: this.userPseudonym ?? null,
    });
  }

  get isRecorded(): boolean {
    return this.recorded;
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
