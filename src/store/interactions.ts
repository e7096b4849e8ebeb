/** The interaction record: written once, synchronously, when the interaction ends. */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { interactions } from './schema.js';

export type InteractionRow = typeof interactions.$inferInsert;
export type Outcome = 'ok' | 'blocked' | 'rejected' | 'error' | 'cancelled';

export function createInteractionStore(db: Db) {
  // A prepared insert: better-sqlite3 writes in a few microseconds in WAL mode, so recording stays
  // on the request path and a completed response always has its record (nothing lost on a crash).
  const insert = db.insert(interactions).values({
    id: placeholder('id'), startedAt: placeholder('startedAt'), endedAt: placeholder('endedAt'), door: placeholder('door'),
    keyId: placeholder('keyId'), app: placeholder('app'), department: placeholder('department'),
    useCase: placeholder('useCase'), policyVersion: placeholder('policyVersion'), modelRequested: placeholder('modelRequested'), modelUsed: placeholder('modelUsed'), provider: placeholder('provider'),
    stream: placeholder('stream'), status: placeholder('status'), outcome: placeholder('outcome'), errorCode: placeholder('errorCode'),
    latencyMs: placeholder('latencyMs'), upstreamMs: placeholder('upstreamMs'), overheadMs: placeholder('overheadMs'),
    promptTokens: placeholder('promptTokens'), completionTokens: placeholder('completionTokens'), totalTokens: placeholder('totalTokens'),
    decision: placeholder('decision'), review: placeholder('review'), piiReceipt: placeholder('piiReceipt'), route: placeholder('route'),
    requestMessages: placeholder('requestMessages'),
  }).prepare();

  return {
    record(row: Required<{ [K in keyof InteractionRow]: InteractionRow[K] | null }>): void {
      insert.run({ ...row, stream: row.stream ? 1 : 0, review: row.review ? 1 : 0 } as never);
    },
    get(id: string) {
      return db.select().from(interactions).where(eq(interactions.id, id)).get();
    },
    recent(limit = 50) {
      return db.select().from(interactions).orderBy(desc(interactions.startedAt)).limit(limit).all();
    },
  };
}

function placeholder(name: string) {
  return sql.placeholder(name) as never;
}

export type InteractionStore = ReturnType<typeof createInteractionStore>;
