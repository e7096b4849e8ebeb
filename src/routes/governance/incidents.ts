/**
 * GET   /v1/governance/incidents[?status=&use_case=]        list
 * GET   /v1/governance/incidents/:id                         one, with history and deadline
 * PATCH /v1/governance/incidents/:id  {status?, note?, severity?, serious_kind?, aware_at?}
 * POST  /v1/governance/incidents/:id/suspend {reason}        suspend the incident's use case(s)
 * GET   /v1/governance/suspensions                           all suspensions
 * POST  /v1/governance/use-cases/:id/suspend {reason} | /resume {reason}
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { SERIOUS_KINDS, SEVERITIES } from '../../oversight/deadlines.js';
import { createIncidentStore, INCIDENT_STATUSES, TransitionError } from '../../store/incidents.js';
import { incidentJson } from '../apps/incidents.js';
import type { AppContext } from '../context.js';
import { badRequest, governed, jsonBody, notFound } from './common.js';

const patchBody = z.strictObject({
  status: z.enum(INCIDENT_STATUSES).optional(),
  note: z.string().max(2000).optional(),
  severity: z.enum(SEVERITIES).optional(),
  serious_kind: z.enum(SERIOUS_KINDS).nullable().optional(),
  aware_at: z.iso.datetime({ offset: true }).optional(),
});
const reasonBody = z.strictObject({ reason: z.string().trim().min(3).max(2000) });

export function governanceIncidentRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const incidents = createIncidentStore(ctx.db, ctx.events);
  const parse = <T>(schema: z.ZodType<T>, body: unknown): T => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw badRequest(`${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`, parsed.error.issues[0]!.path.join('.'));
    return parsed.data;
  };

  app.get('/incidents', governed(ctx, (c) => c.json({ object: 'list', data: incidents.list({ status: c.req.query('status'), useCase: c.req.query('use_case') }).map(incidentJson) })));
  app.get('/incidents/:id', governed(ctx, (c) => {
    const incident = incidents.get(c.req.param('id')!);
    if (!incident) throw notFound('incident', c.req.param('id')!);
    return c.json(incidentJson(incident));
  }));
  app.patch('/incidents/:id', governed(ctx, async (c, key) => {
    const id = c.req.param('id')!;
    const body = parse(patchBody, await jsonBody(c, ctx));
    if (!incidents.get(id)) throw notFound('incident', id);
    if (body.severity !== undefined || body.serious_kind !== undefined || body.aware_at !== undefined) {
      const severity = body.severity ?? incidents.get(id)!.severity;
      if (severity === 'ernstig' && !(body.serious_kind ?? incidents.get(id)!.seriousKind)) throw badRequest('Bij "ernstig" hoort serious_kind / serious needs serious_kind', 'serious_kind');
      incidents.classify(id, { severity: body.severity, seriousKind: body.serious_kind, awareAt: body.aware_at ? new Date(body.aware_at).toISOString() : undefined }, key.id);
    }
    if (body.status) {
      try {
        incidents.transition(id, body.status, key.id, body.note ?? null);
      } catch (error) {
        if (error instanceof TransitionError) throw badRequest(`Statusovergang niet toegestaan / status change not allowed: ${error.message} (nieuw → in_behandeling → afgehandeld)`, 'status');
        throw error;
      }
    }
    return c.json(incidentJson(incidents.get(id)!));
  }));
  app.post('/incidents/:id/suspend', governed(ctx, async (c, key) => {
    const id = c.req.param('id')!;
    const { reason } = parse(reasonBody, await jsonBody(c, ctx));
    const incident = incidents.get(id);
    if (!incident) throw notFound('incident', id);
    if (incident.useCases.length === 0) throw badRequest('Deze melding hoort bij geen use case / this incident has no use case');
    const suspended = incident.useCases.map((useCase) => ctx.suspensions.suspend({ useCase, by: key.id, reason, incidentId: id }));
    return c.json({ object: 'list', data: suspended.map(suspensionJson) }, 201);
  }));

  app.get('/suspensions', governed(ctx, (c) => c.json({ object: 'list', data: ctx.suspensions.list().map(suspensionJson) })));
  app.post('/use-cases/:id/suspend', governed(ctx, async (c, key) => {
    const useCase = c.req.param('id')!;
    const { reason } = parse(reasonBody, await jsonBody(c, ctx));
    if (!ctx.gateway.policy.current().useCase(useCase)) throw notFound('use_case', useCase);
    return c.json(suspensionJson(ctx.suspensions.suspend({ useCase, by: key.id, reason })), 201);
  }));
  app.post('/use-cases/:id/resume', governed(ctx, async (c, key) => {
    const useCase = c.req.param('id')!;
    const { reason } = parse(reasonBody, await jsonBody(c, ctx));
    const lifted = ctx.suspensions.resume(useCase, key.id, reason);
    if (!lifted) throw notFound('suspension', useCase);
    return c.json({ use_case: useCase, lifted });
  }));
  return app;
}

function suspensionJson(s: ReturnType<AppContext['suspensions']['list']>[number]) {
  return { id: s.id, use_case: s.useCase, suspended_at: s.suspendedAt, suspended_by: s.suspendedBy, incident_id: s.incidentId, reason: s.reason, lifted_at: s.liftedAt, lifted_by: s.liftedBy };
}
