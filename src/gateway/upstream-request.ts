/**
 * What leaves the building besides the messages: no retraining (`store: false` unless the use case
 * allows storing), and identifiers of people only as a pseudonym, or not at all, as policy says.
 */
import { createHash } from 'node:crypto';
import type { UseCase } from '../policy/index.js';
import type { ChatRequest } from './types.js';

/** Fields through which an app can pass an end-user identifier to the provider. */
const USER_FIELDS = ['user', 'safety_identifier'] as const;

export function upstreamRequest(request: ChatRequest, model: string, useCase: UseCase, keyId: string): ChatRequest {
  const out: ChatRequest = { ...request, model };
  if (!useCase.storeAllowed) {
    out.store = false;
    // Metadata only serves stored completions; free text there could carry anything.
    delete out.metadata;
  }
  for (const field of USER_FIELDS) {
    const value = out[field];
    if (typeof value !== 'string') continue;
    if (useCase.userField === 'drop') delete out[field];
    else out[field] = pseudonymousId(keyId, value);
  }
  return out;
}

/** Stable per app key and user, meaningless outside the gateway. */
export function pseudonymousId(keyId: string, user: string): string {
  return 'pw-' + createHash('sha256').update(`${keyId}\u0000${user}`).digest('hex').slice(0, 24);
}
