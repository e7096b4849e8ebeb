/**
 * GET /v1/governance/interactions            filters + keyset pagination (newest first)
 * GET /v1/governance/interactions/:id        metadata, feedback and incident links (no content)
 * GET /v1/governance/interactions/:id/content?reason=...   content; the read itself is recorded
 * GET /v1/governance/export?format=csv|jsonl  streamed export of the filtered metadata (recorded)
 */
import { Hono } from 'hono';
import { whereSql, type Filter } from '../../oversight/filters.js';
import { createFeedbackStore } from '../../store/feedback.js';
import { createIncidentStore } from '../../store/incidents.js';
import type { AppContext } from '../context.js';
import { badRequest, filterFrom, governed, notFound } from './common.js';

/** Metadata columns as the API shows them; JSON columns parsed. Content is never in these. */
export const EXPORT_COLUMNS = [
  'seq', 'id', 'started_at', 'ended_at', 'door', 'key_id', 'app', 'department', 'user_pseudonym', 'use_case', 'policy_version',
  'model_requested', 'model_used', 'provider', 'provider_region', 'stream', 'status', 'outcome', 'error_code', 'latency_ms',
  'upstream_ms', 'overhead_ms', 'prompt_tokens', 'completion_tokens', 'total_tokens', 'cost_eur', 'energy_kwh', 'co2e_grams',
  'review', 'decision', 'pii_receipt', 'route', 'content_erased_at', 'content_erased_reason', 'hash',
] as const;
const JSON_COLUMNS = new Set(['decision', 'pii_receipt', 'route']);

function present(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of EXPORT_COLUMNS) out[c] = JSON_COLUMNS.has(c) && typeof row[c] === 'string' ? JSON.parse(row[c] as string) : c === 'stream' || c === 'review' ? row[c] === 1 : row[c];
  return out;
}

function page(ctx: AppContext, filter: Filter, before: number | undefined, limit: number) {
  const { sql, params } = whereSql(filter);
  const rows = ctx.db.$client
    .prepare(`SELECT ${EXPORT_COLUMNS.map((c) => `i.${c}`).join(', ')} FROM interactions i WHERE ${sql}${before ? ' AND i.seq < @before' : ''} ORDER BY i.seq DESC LIMIT @limit`)
    .all({ ...params, before, limit }) as Record<string, unknown>[];
  return rows;
}

export function interactionRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const feedback = createFeedbackStore(ctx.db, ctx.events);
  const incidents = createIncidentStore(ctx.db, ctx.events);

  app.get('/interactions', governed(ctx, (c) => {
    const filter = filterFrom(c);
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 50) || 50, 1), 500);
    const cursor = c.req.query('cursor') ? Number(c.req.query('cursor')) : undefined;
    if (cursor !== undefined && !Number.isInteger(cursor)) throw badRequest('cursor moet een getal zijn / must be an integer', 'cursor');
    const rows = page(ctx, filter, cursor, limit + 1);
    const more = rows.length > limit;
    const data = rows.slice(0, limit).map(present);
    return c.json({ object: 'list', data, has_more: more, next_cursor: more ? (data.at(-1)!.seq as number) : null });
  }));

  app.get('/interactions/:id', governed(ctx, (c) => {
    const id = c.req.param('id')!;
    const row = ctx.db.$client.prepare(`SELECT ${EXPORT_COLUMNS.join(', ')}, request_messages IS NOT NULL OR answer IS NOT NULL AS has_content FROM interactions WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound('interaction', id);
    return c.json({
      ...present(row), has_content: row.has_content === 1,
      feedback: feedback.forInteraction(id).map((f) => ({ id: f.id, helpful: f.helpful, reasons: f.reasons, comment: f.comment, updated_at: f.updatedAt })),
      incidents: incidents.forInteraction(id),
    });
  }));

  app.get('/interactions/:id/content', governed(ctx, (c, key) => {
    const id = c.req.param('id')!;
    const reason = c.req.query('reason')?.trim();
    if (!reason || reason.length < 5) throw badRequest('Geef een reden op (?reason=..., minstens 5 tekens); het inzien wordt vastgelegd / state a reason (?reason=..., at least 5 characters); the read is recorded', 'reason');
    const row = ctx.db.$client.prepare('SELECT id, request_messages, answer, content_erased_at, content_erased_reason FROM interactions WHERE id = ?').get(id) as Record<string, string | null> | undefined;
    if (!row) throw notFound('interaction', id);
    ctx.events.append({ kind: 'content_read', actor: key.id, subject: id, details: { reason, app: key.app } });
    return c.json({
      id, messages: row.request_messages ? JSON.parse(row.request_messages) : null, answer: row.answer,
      content_erased_at: row.content_erased_at, content_erased_reason: row.content_erased_reason,
    });
  }));

  app.get('/export', governed(ctx, (c, key) => {
    const format = c.req.query('format') ?? 'jsonl';
    if (format !== 'csv' && format !== 'jsonl') throw badRequest('format: csv of jsonl', 'format');
    const filter = filterFrom(c);
    ctx.events.append({ kind: 'export', actor: key.id, subject: null, details: { format, filter } });
    const encoder = new TextEncoder();
    let before: number | undefined;
    let started = false;
    let done = false;
    // Keyset pages: no open cursor between pulls, so request recording never waits on an export.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (done) return controller.close();
        let out = '';
        if (!started && format === 'csv') out += EXPORT_COLUMNS.join(',') + '\r\n';
        started = true;
        const rows = page(ctx, filter, before, 1000);
        for (const row of rows) out += format === 'csv' ? EXPORT_COLUMNS.map((col) => csvCell(row[col])).join(',') + '\r\n' : JSON.stringify(present(row)) + '\n';
        if (rows.length < 1000) done = true;
        else before = rows.at(-1)!.seq as number;
        controller.enqueue(encoder.encode(out));
      },
    });
    const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
    return new Response(body, { headers: { 'content-type': type, 'content-disposition': `attachment; filename="poortwachter-interacties.${format}"` } });
  }));
  return app;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when needed; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}
