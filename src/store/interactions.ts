/**
 * The interaction record: written once, synchronously, when the interaction ends, as the next link of the
 * interactions hash chain (src/oversight/chain.ts).
 */
import { desc, eq, getTableColumns } from 'drizzle-orm';
import { chainAppender, contentHash, recordHash } from '../oversight/chain.js';
import type { Db } from './database.js';
import { createRollups, type RollupRow } from './rollups.js';
import { interactions } from './schema.js';

export type InteractionRow = typeof interactions.$inferInsert;
export type InteractionRecord = typeof interactions.$inferSelect;
export type Outcome = 'ok' | 'blocked' | 'rejected' | 'error' | 'cancelled';

/** What the trace hands over; the store adds region, cost/energy and the chain fields. */
export type RecordInput = Required<{
  [K in Exclude<keyof InteractionRow, ComputedField | ChainField | ErasureField>]: InteractionRow[K] | null;
}>;
type ComputedField = 'providerRegion' | 'costEur' | 'energyKwh' | 'co2eGrams';
type ChainField = 'seq' | 'prevHash' | 'hash' | 'contentHash';
type ErasureField = 'contentErasedAt' | 'contentErasedReason';

/**
 * The fields the record hash covers, in this order. Content (requestMessages, answer) is covered through
 * contentHash; the erasure fields record later state and are outside the hash. Never reorder: append.
 */
export const METADATA_FIELDS = [
  'id', 'startedAt', 'endedAt', 'door', 'keyId', 'app', 'department', 'useCase', 'policyVersion', 'modelRequested',
  'modelUsed', 'provider', 'stream', 'status', 'outcome', 'errorCode', 'latencyMs', 'upstreamMs', 'overheadMs',
  'promptTokens', 'completionTokens', 'totalTokens', 'decision', 'review', 'piiReceipt', 'route', 'userPseudonym',
  'providerRegion', 'costEur', 'energyKwh', 'co2eGrams',
] as const satisfies readonly (keyof InteractionRow)[];
export const CONTENT_FIELDS = ['requestMessages', 'answer'] as const satisfies readonly (keyof InteractionRow)[];

const COLUMNS = getTableColumns(interactions);
/** The SQL column name of a row field. */
export const column = (field: keyof typeof COLUMNS): string => COLUMNS[field].name;

export interface Meter {
  (row: { model: string | null; promptTokens: number | null; completionTokens: number | null }): { costEur: number | null; energyKwh: number | null; co2eGrams: number | null };
}

export interface InteractionStoreOptions {
  /** Region of a provider by name (from its configuration). */
  regionOf?: (provider: string) => string | null;
  /** Cost, energy and CO2e of one interaction (src/oversight/cost.ts). */
  meter?: Meter;
  /** The use case's content storage: 'none' keeps no messages and no answer. Unknown: pseudonymised. */
  contentStorageOf?: (useCase: string) => 'none' | 'pseudonymised' | undefined;
}

export function createInteractionStore(db: Db, options: InteractionStoreOptions = {}) {
  const sqlite = db.$client;
  const chain = chainAppender(sqlite, 'interactions');
  const fields = [...METADATA_FIELDS, ...CONTENT_FIELDS, 'seq', 'prevHash', 'hash', 'contentHash'] as const;
  const rollups = createRollups(sqlite);
  // Records whose rollups were still queued when the process last stopped.
  rollups.catchUp();
  const insert = sqlite.prepare(
    `INSERT INTO interactions (${fields.map((f) => column(f)).join(', ')}) VALUES (${fields.map((f) => '@' + f).join(', ')})`,
  );

  /** The row as stored: computed fields added, content kept only where the use case stores it. */
  function prepare(input: RecordInput): Record<string, unknown> {
    const keepContent = !input.useCase || options.contentStorageOf?.(input.useCase) !== 'none';
    const metered = options.meter?.({ model: input.modelUsed ?? input.modelRequested ?? null, promptTokens: input.promptTokens ?? null, completionTokens: input.completionTokens ?? null });
    const row: Record<string, unknown> = {
      ...input,
      stream: input.stream ? 1 : 0,
      review: input.review ? 1 : 0,
      providerRegion: input.provider ? options.regionOf?.(input.provider) ?? null : null,
      costEur: metered?.costEur ?? null,
      energyKwh: metered?.energyKwh ?? null,
      co2eGrams: metered?.co2eGrams ?? null,
      requestMessages: keepContent ? input.requestMessages : null,
      answer: keepContent ? input.answer : null,
    };
    row.contentHash = contentHash(CONTENT_FIELDS.map((f) => row[f] as string | null));
    return row;
  }

  /** Appends one row to the chain (inside the caller's transaction, if any). */
  function append(row: Record<string, unknown>): { seq: number; hash: string } {
    const metadata = METADATA_FIELDS.map((f) => row[f]);
    return chain.append((seq, prevHash) => {
      const hash = recordHash(prevHash, seq, metadata, row.contentHash as string);
      insert.run({ ...row, seq, prevHash, hash });
      return hash;
    });
  }

  // Group commit: records finished in the same event-loop turn are appended in one transaction.
  // Each caller's promise settles only after that commit, so a response is never sent before its record.
  const queue: { row: Record<string, unknown>; done: (error?: unknown) => void }[] = [];
  let scheduled = false;
  const appendAll = sqlite.transaction((rows: Record<string, unknown>[]) => rows.map((row) => append(row)));
  function flush(): void {
    scheduled = false;
    const batch = queue.splice(0);
    if (batch.length === 0) return;
    let heads: { seq: number; hash: string }[];
    try {
      heads = appendAll.immediate(batch.map((q) => q.row));
    } catch {
      // One bad row must not cost the others their record: append them one by one.
      for (const q of batch) {
        try {
          rollups.defer(append(q.row).seq, q.row as unknown as RollupRow);
          q.done();
        } catch (error) {
          q.done(error);
        }
      }
      return;
    }
    batch.forEach((q, i) => {
      rollups.defer(heads[i]!.seq, q.row as unknown as RollupRow);
      q.done();
    });
  }

  return {
    /** Appends the record to the chain now, in its own transaction; returns its position and hash. */
    record(input: RecordInput): { seq: number; hash: string } {
      const row = prepare(input);
      const head = append(row);
      rollups.defer(head.seq, row as unknown as RollupRow);
      return head;
    },
    /** Queues the record for this turn's group commit; resolves once it is committed. */
    recordSoon(input: RecordInput): Promise<void> {
      const row = prepare(input);
      return new Promise((resolve, reject) => {
        queue.push({ row, done: (error) => (error ? reject(error) : resolve()) });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    /** Commits queued records now (before the database closes). */
    flushRecords: flush,
    /** Writes queued rollups now: call before reading them. */
    settleRollups: () => rollups.settle(),
    get(id: string): InteractionRecord | undefined {
      return db.select().from(interactions).where(eq(interactions.id, id)).get();
    },
    recent(limit = 50) {
      return db.select().from(interactions).orderBy(desc(interactions.startedAt)).limit(limit).all();
    },
    head: chain.head,
  };
}

export type InteractionStore = ReturnType<typeof createInteractionStore>;
