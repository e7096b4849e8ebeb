/**
 * Legal holds: a hold on a use case or on one interaction stops deletion (retention purge and erasure
 * requests) until it is released. Placing and releasing are audit events.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../store/database.js';
import type { EventStore } from '../store/events.js';
import { legalHolds } from '../store/schema.js';

export type HoldScope = 'use_case' | 'interaction';
export type LegalHold = typeof legalHolds.$inferSelect;

/** SQL condition (on interactions aliased as i) that is true for records under an active hold. */
export const HELD_SQL = `(
  i.use_case IN (SELECT target FROM legal_holds WHERE scope = 'use_case' AND released_at IS NULL)
  OR i.id IN (SELECT target FROM legal_holds WHERE scope = 'interaction' AND released_at IS NULL)
  OR i.id IN (SELECT ii.interaction_id FROM incident_interactions ii JOIN incidents x ON x.id = ii.incident_id WHERE x.status <> 'afgehandeld')
)`;

export function createHoldStore(db: Db, events: EventStore) {
  const sqlite = db.$client;
  return {
    place(input: { scope: HoldScope; target: string; reason: string; by: string }): LegalHold {
      const row = { id: randomUUID(), scope: input.scope, target: input.target, reason: input.reason, placedAt: new Date().toISOString(), placedBy: input.by, releasedAt: null, releasedBy: null };
      sqlite.transaction(() => {
        db.insert(legalHolds).values(row).run();
        events.append({ kind: 'hold_placed', actor: input.by, subject: input.target, details: { hold_id: row.id, scope: input.scope, reason: input.reason } });
      }).immediate();
      return row;
    },
    release(id: string, by: string): LegalHold | undefined {
      return sqlite.transaction(() => {
        const hold = db.select().from(legalHolds).where(and(eq(legalHolds.id, id), isNull(legalHolds.releasedAt))).get();
        if (!hold) return undefined;
        const releasedAt = new Date().toISOString();
        db.update(legalHolds).set({ releasedAt, releasedBy: by }).where(eq(legalHolds.id, id)).run();
        events.append({ kind: 'hold_released', actor: by, subject: hold.target, details: { hold_id: id, scope: hold.scope } });
        return { ...hold, releasedAt, releasedBy: by };
      }).immediate();
    },
    list(activeOnly = false): LegalHold[] {
      const q = db.select().from(legalHolds);
      return (activeOnly ? q.where(isNull(legalHolds.releasedAt)) : q).orderBy(desc(legalHolds.placedAt)).all();
    },
  };
}

export type HoldStore = ReturnType<typeof createHoldStore>;
