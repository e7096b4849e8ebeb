/**
 * Retention: per use case, content (pseudonymised prompt and answer) and metadata separately. Content
 * past its term is erased in place (content_hash stays, so the chain verifies); a record past its
 * metadata term is deleted and leaves a tombstone (seq, prev_hash, hash) in the chain. Records under a
 * legal hold, or linked to an incident that is not closed, are held back. Each purge is recorded: a row
 * in `purges` and an audit event sealing the tombstones it made (count and digest).
 */
import { randomUUID } from 'node:crypto';
import type { Policy } from '../policy/index.js';
import type { Db } from '../store/database.js';
import type { EventStore } from '../store/events.js';
import { purges } from '../store/schema.js';
import { sha256 } from './chain.js';
import { createRollups } from '../store/rollups.js';
import { HELD_SQL } from './holds.js';

const DAY_MS = 86_400_000;
/** Rows deleted per transaction, so request recording never waits long for the write lock. */
const BATCH = 2000;

export type PurgeTrigger = 'schedule' | 'cli' | 'api';

export interface PurgeResult {
  id: string;
  dryRun: boolean;
  contentErased: number;
  metadataDeleted: number;
  heldBack: number;
  perUseCase: Record<string, { contentErased: number; metadataDeleted: number; heldBack: number; contentDays: number; metadataDays: number }>;
}

interface Term {
  useCase: string | null;
  contentDays: number;
  metadataDays: number;
}

/** Each use case's terms; records without a use case (refused before one was resolved) follow the default use case. */
function terms(policy: Policy): Term[] {
  const out: Term[] = [...policy.useCases.values()].map((u) => ({ useCase: u.id, contentDays: u.retention.contentDays, metadataDays: u.retention.metadataDays }));
  const fallback = policy.defaults.useCase ? policy.useCase(policy.defaults.useCase)?.retention : undefined;
  out.push({ useCase: null, contentDays: fallback?.contentDays ?? 0, metadataDays: fallback?.metadataDays ?? 365 });
  return out;
}

export function purge(db: Db, events: EventStore, policy: Policy, options: { trigger: PurgeTrigger; actor: string; now?: Date; dryRun?: boolean }): PurgeResult {
  const sqlite = db.$client;
  const now = options.now ?? new Date();
  const startedAt = new Date().toISOString();
  sealOrphans(db, events, options.actor);
  const id = randomUUID();
  const result: PurgeResult = { id, dryRun: options.dryRun === true, contentErased: 0, metadataDeleted: 0, heldBack: 0, perUseCase: {} };

  const useCaseIs = (t: Term) => (t.useCase === null ? 'i.use_case IS NULL' : 'i.use_case = @useCase');
  for (const term of terms(policy)) {
    const params = { useCase: term.useCase, contentCutoff: new Date(now.getTime() - term.contentDays * DAY_MS).toISOString(), metaCutoff: new Date(now.getTime() - term.metadataDays * DAY_MS).toISOString(), now: now.toISOString() };
    const contentDue = `${useCaseIs(term)} AND i.started_at < @contentCutoff AND i.content_erased_at IS NULL AND (i.request_messages IS NOT NULL OR i.answer IS NOT NULL)`;
    const metaDue = `${useCaseIs(term)} AND i.started_at < @metaCutoff AND i.seq IS NOT NULL`;
    const count = (where: string) => (sqlite.prepare(`SELECT count(*) FROM interactions i WHERE ${where}`).pluck().get(params) as number);
    const held = count(`((${contentDue}) OR (${metaDue})) AND ${HELD_SQL}`);
    let contentErased = 0;
    let metadataDeleted = 0;

    if (options.dryRun) {
      contentErased = count(`${contentDue} AND NOT ${HELD_SQL}`);
      metadataDeleted = count(`${metaDue} AND NOT ${HELD_SQL}`);
    } else {
      // In batches too: another process recording meanwhile never waits long for the write lock.
      const erase = sqlite.prepare(`UPDATE interactions SET request_messages = NULL, answer = NULL, content_erased_at = @now, content_erased_reason = 'retention'
        WHERE rowid IN (SELECT i.rowid FROM interactions i WHERE ${contentDue} AND NOT ${HELD_SQL} LIMIT ${BATCH})`);
      for (let n = erase.run(params).changes; n > 0; n = erase.run(params).changes) contentErased += n;
      const pick = sqlite.prepare(`SELECT i.seq, i.prev_hash AS prevHash, i.hash, i.id FROM interactions i WHERE ${metaDue} AND NOT ${HELD_SQL} ORDER BY i.seq LIMIT ${BATCH}`);
      const tomb = sqlite.prepare('INSERT INTO interaction_tombstones (seq, prev_hash, hash, purge_id) VALUES (?, ?, ?, ?)');
      const dropFeedback = sqlite.prepare('DELETE FROM feedback WHERE interaction_id = ?');
      const drop = sqlite.prepare('DELETE FROM interactions WHERE id = ?');
      const batch = sqlite.transaction(() => {
        const rows = pick.all(params) as { seq: number; prevHash: string; hash: string; id: string }[];
        for (const r of rows) {
          tomb.run(r.seq, r.prevHash, r.hash, id);
          dropFeedback.run(r.id);
          drop.run(r.id);
        }
        return rows.length;
      });
      for (let n = batch.immediate(); n > 0; n = batch.immediate()) metadataDeleted += n;
      // The dashboards' rollups follow: rebuilt from what is left for the days this purge touched.
      if (metadataDeleted > 0) createRollups(sqlite).rebuildUpTo(term.useCase ?? '', params.metaCutoff.slice(0, 10));
    }
    result.contentErased += contentErased;
    result.metadataDeleted += metadataDeleted;
    result.heldBack += held;
    if (contentErased || metadataDeleted || held) {
      result.perUseCase[term.useCase ?? '(geen / none)'] = { contentErased, metadataDeleted, heldBack: held, contentDays: term.contentDays, metadataDays: term.metadataDays };
    }
  }
  if (!options.dryRun) seal(db, events, { id, startedAt, trigger: options.trigger, actor: options.actor, result });
  return result;
}

/** Records the purge (row + audit event with the tombstones' count and digest) in one transaction. */
function seal(db: Db, events: EventStore, p: { id: string; startedAt: string; trigger: string; actor: string; result?: PurgeResult }): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    const rows = sqlite.prepare('SELECT seq, hash FROM interaction_tombstones WHERE purge_id = ? ORDER BY seq').raw().all(p.id) as [number, string][];
    const digest = sha256(rows.map(([seq, hash]) => `${seq}:${hash}\n`).join(''));
    const r = p.result;
    const record = {
      id: p.id, startedAt: p.startedAt, finishedAt: new Date().toISOString(), trigger: p.trigger,
      contentErased: r?.contentErased ?? 0, metadataDeleted: rows.length, heldBack: r?.heldBack ?? 0, details: JSON.stringify(r?.perUseCase ?? { recovered: true }),
    };
    db.insert(purges).values(record).run();
    events.append({
      kind: 'purge', actor: p.actor, subject: p.id,
      details: { purge_id: p.id, trigger: p.trigger, content_erased: record.contentErased, metadata_deleted: rows.length, held_back: record.heldBack, tombstones: rows.length, tombstone_digest: digest, per_use_case: r?.perUseCase ?? null },
    });
  }).immediate();
}

/** A purge interrupted (crash) after some batches: seal its tombstones so the chain verifies again. */
function sealOrphans(db: Db, events: EventStore, actor: string): void {
  const orphans = db.$client.prepare('SELECT DISTINCT purge_id FROM interaction_tombstones WHERE purge_id NOT IN (SELECT id FROM purges)').pluck().all() as string[];
  for (const id of orphans) seal(db, events, { id, startedAt: new Date().toISOString(), trigger: 'recovery', actor });
}

export function listPurges(db: Db, limit = 50) {
  return db.$client.prepare('SELECT * FROM purges ORDER BY started_at DESC LIMIT ?').all(limit);
}
