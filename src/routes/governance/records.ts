/**
 * The record's own housekeeping, for governance:
 * GET  /v1/governance/events[?kind=&limit=]  audit events (feedback, incidents, content reads, purges ...)
 * GET  /v1/governance/purges | POST /v1/governance/purge {dry_run?}
 * GET  /v1/governance/holds | POST /v1/governance/holds {scope, target, reason} | POST /v1/governance/holds/:id/release
 * GET  /v1/governance/subjects/records?pseudonym=P | ?user=U&key_id=K      data-subject request: find
 * GET  /v1/governance/subjects/export?...    JSON Lines, with content (the subject's own data)
 * POST /v1/governance/subjects/erase {pseudonym | user+key_id, reason}
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { eraseSubject, exportSubject, findSubject, resolvePseudonym } from '../../oversight/dsr.js';
import { createHoldStore } from '../../oversight/holds.js';
import { listPurges, purge } from '../../oversight/retention.js';
import type { EventKind } from '../../store/events.js';
import type { AppContext } from '../context.js';
import { badRequest, governed, jsonBody, notFound } from './common.js';

const holdBody = z.strictObject({ scope: z.enum(['use_case', 'interaction']), target: z.string().min(1), reason: z.string().trim().min(3) });
const eraseBody = z.strictObject({ pseudonym: z.string().optional(), user: z.string().optional(), key_id: z.string().optional(), reason: z.string().trim().min(3) });

export function recordRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const holds = createHoldStore(ctx.db, ctx.events);

  // Chain verification is the CLI's (`audit verify`): over a large record it runs for seconds, which
  // would hold up the gateway's event loop here.
  app.get('/events', governed(ctx, (c) => {
    const limit = Math.min(Number(c.req.query('limit') ?? 100) || 100, 1000);
    const rows = ctx.events.list({ kind: c.req.query('kind') as EventKind | undefined, subject: c.req.query('subject'), before: c.req.query('before') ? Number(c.req.query('before')) : undefined, limit });
    return c.json({ object: 'list', data: rows.map((e) => ({ ...e, details: JSON.parse(e.details) })) });
  }));
  app.get('/purges', governed(ctx, (c) => c.json({ object: 'list', data: listPurges(ctx.db) })));
  app.post('/purge', governed(ctx, async (c, key) => {
    const body = c.req.header('content-length') && c.req.header('content-length') !== '0' ? await jsonBody(c, ctx) : {};
    return c.json(purge(ctx.db, ctx.events, ctx.gateway.policy.current(), { trigger: 'api', actor: key.id, dryRun: body.dry_run === true }));
  }));

  app.get('/holds', governed(ctx, (c) => c.json({ object: 'list', data: holds.list(c.req.query('all') !== 'true') })));
  app.post('/holds', governed(ctx, async (c, key) => {
    const parsed = holdBody.safeParse(await jsonBody(c, ctx));
    if (!parsed.success) throw badRequest('Verwacht / expected {scope: use_case|interaction, target, reason}');
    return c.json(holds.place({ ...parsed.data, by: key.id }), 201);
  }));
  app.post('/holds/:id/release', governed(ctx, (c, key) => {
    const released = holds.release(c.req.param('id')!, key.id);
    if (!released) throw notFound('hold', c.req.param('id')!);
    return c.json(released);
  }));

  const subject = (q: Record<string, string | undefined>) => {
    const pseudonym = resolvePseudonym({ pseudonym: q.pseudonym, user: q.user, keyId: q.key_id });
    if (!pseudonym) throw badRequest('Geef pseudonym, of user met key_id / give pseudonym, or user with key_id', 'pseudonym');
    return pseudonym;
  };
  app.get('/subjects/records', governed(ctx, (c) => c.json(findSubject(ctx.db, subject(c.req.query())))));
  app.get('/subjects/export', governed(ctx, (c, key) => {
    const lines = [...exportSubject(ctx.db, ctx.events, subject(c.req.query()), key.id)];
    return new Response(lines.join(''), { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
  }));
  app.post('/subjects/erase', governed(ctx, async (c, key) => {
    const parsed = eraseBody.safeParse(await jsonBody(c, ctx));
    if (!parsed.success) throw badRequest('Verwacht / expected {pseudonym | user + key_id, reason}', 'reason');
    return c.json(eraseSubject(ctx.db, ctx.events, subject(parsed.data), key.id, parsed.data.reason));
  }));
  return app;
}
