/**
 * The audit-event log: append-only, its own hash chain. Everything that changes state around the
 * interaction record lands here: feedback, incidents and their status, suspensions, legal holds,
 * purges, content reads, erasures and exports.
 */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { chainAppender, recordHash } from '../oversight/chain.js';
import type { Db } from './database.js';
import { auditEvents } from './schema.js';

export type EventKind =
  | 'feedback' | 'incident_created' | 'incident_status' | 'incident_updated' | 'use_case_suspended' | 'use_case_resumed'
  | 'content_read' | 'content_erased' | 'purge' | 'hold_placed' | 'hold_released' | 'export';

export interface NewEvent {
  kind: EventKind;
  actor: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

export type AuditEvent = typeof auditEvents.$inferSelect;

/** Fields covered by an event's hash, in order. */
export const EVENT_FIELDS = ['at', 'kind', 'actor', 'subject', 'details'] as const;

export function createEventStore(db: Db) {
  const sqlite = db.$client;
  const chain = chainAppender(sqlite, 'audit_events');
  const insert = sqlite.prepare(
    'INSERT INTO audit_events (seq, at, kind, actor, subject, details, prev_hash, hash) VALUES (@seq, @at, @kind, @actor, @subject, @details, @prevHash, @hash)',
  );
  return {
    append(event: NewEvent): { seq: number; hash: string } {
      const row = { at: new Date().toISOString(), kind: event.kind, actor: event.actor, subject: event.subject ?? null, details: JSON.stringify(event.details ?? {}) };
      return chain.append((seq, prevHash) => {
        const hash = recordHash(prevHash, seq, EVENT_FIELDS.map((f) => row[f]));
        insert.run({ ...row, seq, prevHash, hash });
        return hash;
      });
    },
    list(filter: { kind?: EventKind; subject?: string; before?: number; limit?: number } = {}): AuditEvent[] {
      const where: SQL[] = [];
      if (filter.kind) where.push(eq(auditEvents.kind, filter.kind));
      if (filter.subject) where.push(eq(auditEvents.subject, filter.subject));
      if (filter.before) where.push(lt(auditEvents.seq, filter.before));
      return db.select().from(auditEvents).where(and(...where)).orderBy(desc(auditEvents.seq)).limit(filter.limit ?? 100).all();
    },
    head: chain.head,
  };
}

export type EventStore = ReturnType<typeof createEventStore>;
