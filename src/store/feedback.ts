/** Feedback on an interaction ("Heeft dit antwoord u geholpen?"): one per giver per interaction; a later one replaces it. */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from './database.js';
import type { EventStore } from './events.js';
import { feedback } from './schema.js';

export const FEEDBACK_REASONS = ['onjuist', 'onvolledig', 'niet relevant', 'onveilig of ongepast', 'vooringenomen', 'anders'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
export type Feedback = typeof feedback.$inferSelect;

export interface NewFeedback {
  interactionId: string;
  giver: string;
  keyId: string;
  helpful: boolean;
  reasons: FeedbackReason[];
  comment: string | null;
  commentReceipt: string | null;
}

export function createFeedbackStore(db: Db, events: EventStore) {
  const sqlite = db.$client;
  return {
    /** Inserts, or replaces this giver's earlier feedback on the interaction. */
    give(input: NewFeedback): { feedback: Feedback; replaced: boolean } {
      return sqlite.transaction(() => {
        const now = new Date().toISOString();
        const earlier = db.select().from(feedback).where(and(eq(feedback.interactionId, input.interactionId), eq(feedback.giver, input.giver))).get();
        const row: Feedback = { id: earlier?.id ?? randomUUID(), ...input, createdAt: earlier?.createdAt ?? now, updatedAt: now };
        if (earlier) db.update(feedback).set(row).where(eq(feedback.id, earlier.id)).run();
        else db.insert(feedback).values(row).run();
        // No free text in the event: comments can be erased later, events cannot.
        events.append({ kind: 'feedback', actor: input.keyId, subject: input.interactionId, details: { feedback_id: row.id, helpful: input.helpful, reasons: input.reasons, comment: input.comment !== null, replaced: !!earlier } });
        return { feedback: row, replaced: !!earlier };
      }).immediate();
    },
    forInteraction(interactionId: string): Feedback[] {
      return db.select().from(feedback).where(eq(feedback.interactionId, interactionId)).all();
    },
  };
}
