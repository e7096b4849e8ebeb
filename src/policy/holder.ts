/**
 * Holds the current policy and swaps it on reload. A reload builds a complete new Policy first and
 * only then replaces the reference, so there is no half-loaded state; a failed reload keeps the old
 * one; a request that already took `current()` keeps deciding with that object.
 */
import { loadPolicy } from './loader.js';
import type { Policy } from './policy.js';

export type ReloadResult = { ok: true; version: string; changed: boolean } | { ok: false; error: string };

export interface PolicyHolder {
  readonly dir: string;
  current(): Policy;
  reload(): ReloadResult;
}

/** Loads `dir` now (throws PolicyError if invalid: an invalid policy stops the start). */
export function createPolicyHolder(dir: string): PolicyHolder {
  let policy = loadPolicy(dir);
  return {
    dir,
    current: () => policy,
    reload(): ReloadResult {
      try {
        const next = loadPolicy(dir);
        const changed = next.version !== policy.version;
        policy = next;
        return { ok: true, version: next.version, changed };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
