/**
 * Runtime suspension of use cases (AI Act art. 26(5): a deployer who sees a risk stops using the system).
 * Suspensions live in the database, so they survive a restart and hold across processes; the policy
 * holder is wrapped so that a suspended use case looks exactly like one with `status: suspended` in its
 * policy file: the pipeline's use-case resolution refuses it with 403 use_case_suspended, no other hook.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { Policy, type PolicyHolder, type UseCase } from '../policy/index.js';
import type { Db } from '../store/database.js';
import type { EventStore } from '../store/events.js';
import { suspensions } from '../store/schema.js';

export type Suspension = typeof suspensions.$inferSelect;

export function createSuspensionStore(db: Db, events: EventStore) {
  const sqlite = db.$client;
  const activeIds = sqlite.prepare('SELECT DISTINCT use_case FROM suspensions WHERE lifted_at IS NULL').pluck();
  let cached: ReadonlySet<string> = new Set(activeIds.all() as string[]);
  let version = 0;
  let dataVersion = sqlite.pragma('data_version', { simple: true }) as number;

  const refresh = () => {
    cached = new Set(activeIds.all() as string[]);
    version++;
  };

  return {
    /** The active set; re-read when another connection (the CLI, another process) has written. */
    active(): ReadonlySet<string> {
      const dv = sqlite.pragma('data_version', { simple: true }) as number;
      if (dv !== dataVersion) {
        dataVersion = dv;
        const before = [...cached].sort().join();
        const next = new Set(activeIds.all() as string[]);
        if ([...next].sort().join() !== before) {
          cached = next;
          version++;
        }
      }
      return cached;
    },
    get version() {
      return version;
    },
    isSuspended(useCase: string): boolean {
      return this.active().has(useCase);
    },
    suspend(input: { useCase: string; by: string; reason: string; incidentId?: string | null }): Suspension {
      const row = { id: randomUUID(), useCase: input.useCase, suspendedAt: new Date().toISOString(), suspendedBy: input.by, incidentId: input.incidentId ?? null, reason: input.reason, liftedAt: null, liftedBy: null };
      sqlite.transaction(() => {
        db.insert(suspensions).values(row).run();
        events.append({ kind: 'use_case_suspended', actor: input.by, subject: input.useCase, details: { suspension_id: row.id, incident_id: row.incidentId, reason: input.reason } });
      }).immediate();
      refresh();
      return row;
    },
    /** Lifts every active suspension of the use case; returns how many. */
    resume(useCase: string, by: string, reason: string): number {
      const liftedAt = new Date().toISOString();
      const n = sqlite.transaction(() => {
        const changed = db.update(suspensions).set({ liftedAt, liftedBy: by }).where(and(eq(suspensions.useCase, useCase), isNull(suspensions.liftedAt))).run().changes;
        if (changed) events.append({ kind: 'use_case_resumed', actor: by, subject: useCase, details: { reason } });
        return changed;
      }).immediate();
      refresh();
      return n;
    },
    list(): Suspension[] {
      return db.select().from(suspensions).orderBy(desc(suspensions.suspendedAt)).all();
    },
  };
}

export type SuspensionStore = ReturnType<typeof createSuspensionStore>;

/**
 * The policy holder as the gateway sees it: the current policy with runtime-suspended use cases marked
 * `status: 'suspended'`. The derived Policy is cached per (policy, suspension set), so a request costs a
 * pragma read and a comparison.
 */
export function withSuspensions(holder: PolicyHolder, store: SuspensionStore): PolicyHolder {
  let base: Policy | undefined;
  let version = -1;
  let derived: Policy | undefined;
  return {
    get dir() {
      return holder.dir;
    },
    reload: () => holder.reload(),
    current(): Policy {
      const policy = holder.current();
      const active = store.active();
      if (policy === base && store.version === version && derived) return derived;
      base = policy;
      version = store.version;
      derived = active.size === 0 ? policy : suspend(policy, active);
      return derived;
    },
  };
}

function suspend(policy: Policy, ids: ReadonlySet<string>): Policy {
  const useCases = new Map<string, UseCase>();
  for (const [id, uc] of policy.useCases) useCases.set(id, ids.has(id) ? { ...uc, status: 'suspended' } : uc);
  return new Policy({
    dir: policy.dir, files: policy.files, version: policy.version, useCases, rules: policy.rules,
    modelAliases: policy.modelAliases, defaults: policy.defaults, warnings: policy.warnings,
  });
}
