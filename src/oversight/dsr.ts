/**
 * Data-subject requests (AVG art. 15 access, art. 17 erasure) for one user pseudonym: find the records,
 * export them (with their pseudonymised content), erase their content. Erasure nulls the content and
 * keeps content_hash, so the chain still verifies; records under a legal hold are held back. Exports and
 * erasures are audit events.
 */
import { pseudonymousId } from '../gateway/upstream-request.js';
import type { Db } from '../store/database.js';
import type { EventStore } from '../store/events.js';
import { HELD_SQL } from './holds.js';

export interface Subject {
  /** The pseudonym as recorded; or computed from the app's raw user id and its key id. */
  pseudonym?: string;
  user?: string;
  keyId?: string;
}

export function resolvePseudonym(subject: Subject): string | undefined {
  if (subject.pseudonym) return subject.pseudonym;
  if (subject.user && subject.keyId) return pseudonymousId(subject.keyId, subject.user);
  return undefined;
}

export interface SubjectRecords {
  pseudonym: string;
  interactions: Record<string, unknown>[];
  feedback: Record<string, unknown>[];
  incidents: Record<string, unknown>[];
}

const META_COLUMNS = `id, started_at, ended_at, door, key_id, app, department, use_case, model_requested, model_used, provider, provider_region,
  status, outcome, error_code, prompt_tokens, completion_tokens, total_tokens, decision, pii_receipt, content_erased_at, content_erased_reason`;

export function findSubject(db: Db, pseudonym: string, withContent = false): SubjectRecords {
  const sqlite = db.$client;
  const columns = withContent ? `${META_COLUMNS}, request_messages, answer` : META_COLUMNS;
  return {
    pseudonym,
    interactions: sqlite.prepare(`SELECT ${columns} FROM interactions WHERE user_pseudonym = ? ORDER BY started_at`).all(pseudonym) as Record<string, unknown>[],
    feedback: sqlite.prepare('SELECT id, interaction_id, helpful, reasons, comment, created_at, updated_at FROM feedback WHERE giver = ? ORDER BY created_at').all(pseudonym) as Record<string, unknown>[],
    incidents: sqlite.prepare('SELECT id, created_at, category, severity, status, description FROM incidents WHERE reporter_user = ? ORDER BY created_at').all(pseudonym) as Record<string, unknown>[],
  };
}

/** JSON Lines: one line per record, with its kind; content included (this is the subject's own data). */
export function* exportSubject(db: Db, events: EventStore, pseudonym: string, actor: string): Generator<string> {
  const records = findSubject(db, pseudonym, true);
  events.append({ kind: 'export', actor, subject: pseudonym, details: { purpose: 'data_subject_request', interactions: records.interactions.length, feedback: records.feedback.length, incidents: records.incidents.length } });
  for (const r of records.interactions) yield JSON.stringify({ kind: 'interaction', ...r }) + '\n';
  for (const r of records.feedback) yield JSON.stringify({ kind: 'feedback', ...r }) + '\n';
  for (const r of records.incidents) yield JSON.stringify({ kind: 'incident', ...r }) + '\n';
}

export interface ErasureResult {
  pseudonym: string;
  contentErased: number;
  feedbackCommentsErased: number;
  heldBack: number;
}

export function eraseSubject(db: Db, events: EventStore, pseudonym: string, actor: string, reason: string): ErasureResult {
  const sqlite = db.$client;
  return sqlite.transaction((): ErasureResult => {
    const now = new Date().toISOString();
    const heldBack = sqlite.prepare(`SELECT count(*) FROM interactions i WHERE i.user_pseudonym = ? AND ${HELD_SQL}`).pluck().get(pseudonym) as number;
    const contentErased = sqlite
      .prepare(`UPDATE interactions AS i SET request_messages = NULL, answer = NULL, content_erased_at = ?, content_erased_reason = 'data_subject_request'
        WHERE i.user_pseudonym = ? AND (i.request_messages IS NOT NULL OR i.answer IS NOT NULL) AND NOT ${HELD_SQL}`)
      .run(now, pseudonym).changes;
    const feedbackCommentsErased = sqlite.prepare('UPDATE feedback SET comment = NULL, comment_receipt = NULL WHERE giver = ? AND comment IS NOT NULL').run(pseudonym).changes;
    const result = { pseudonym, contentErased, feedbackCommentsErased, heldBack };
    events.append({ kind: 'content_erased', actor, subject: pseudonym, details: { reason, content_erased: contentErased, feedback_comments_erased: feedbackCommentsErased, held_back: heldBack } });
    return result;
  }).immediate();
}
