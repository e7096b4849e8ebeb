/** POST /v1/incidents: an app (or its user) reports an incident about interactions it made. */
import { Hono } from 'hono';
import { z } from 'zod';
import { openAIFormat } from '../../formats/openai/index.js';
import { GatewayError } from '../../gateway/errors.js';
import { SERIOUS_KINDS, SEVERITIES } from '../../oversight/deadlines.js';
import { pseudonymiseText } from '../../oversight/free-text.js';
import { invalid, ownInteraction } from '../../oversight/ownership.js';
import { createIncidentStore, INCIDENT_CATEGORIES } from '../../store/incidents.js';
import { authenticate } from '../auth.js';
import { readJson } from '../body.js';
import type { AppContext } from '../context.js';
import { errorResponse } from '../door.js';

export const incidentBody = z.strictObject({
  interaction_ids: z.array(z.string().min(1)).min(1).max(100),
  category: z.enum(INCIDENT_CATEGORIES),
  severity: z.enum(SEVERITIES),
  serious_kind: z.enum(SERIOUS_KINDS).optional(),
  description: z.string().min(1).max(10_000),
  /** When the reporter became aware (ISO 8601); default now. Art. 73 deadlines count from here. */
  aware_at: z.iso.datetime({ offset: true }).optional(),
  user: z.string().min(1).optional(),
});

export function incidentRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const store = createIncidentStore(ctx.db, ctx.events);
  app.post('/incidents', async (c) => {
    try {
      const key = authenticate(ctx.keys, c.req.raw.headers);
      const parsed = incidentBody.safeParse(await readJson(c.req.raw, ctx.config.maxBodyBytes));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw invalid(`Ongeldige melding / invalid incident: ${issue.path.join('.') || '(body)'}: ${issue.message}`, issue.path.join('.') || null);
      }
      const input = parsed.data;
      if (input.severity === 'ernstig' && !input.serious_kind) {
        throw invalid(`Bij severity "ernstig" hoort serious_kind (${SERIOUS_KINDS.join(', ')}) / a serious incident needs serious_kind`, 'serious_kind');
      }
      // Governance keys may report about any interaction; app keys only about their own.
      const owned = input.interaction_ids.map((id) =>
        key.role === 'governance' ? { interaction: ctx.interactions.get(id) ?? missing(id), userPseudonym: null } : ownInteraction(ctx.interactions, key, id, input.user, 'interaction_ids'),
      );
      const useCases = [...new Set(owned.map((o) => o.interaction.useCase).filter((u): u is string => !!u))];
      const policy = ctx.gateway.policy.current();
      const useCase = useCases.length === 1 ? policy.useCase(useCases[0]!) : undefined;
      const description = pseudonymiseText(input.description, ctx.gateway.analyzer, useCase ? policy.operatorsFor(useCase) : { ...policy.defaults.pii });
      const incident = store.create({
        reporterKeyId: key.id, reporterUser: owned[0]?.userPseudonym ?? null, category: input.category, severity: input.severity,
        seriousKind: input.serious_kind ?? null, description: description.text, descriptionReceipt: JSON.stringify(description.receipt),
        awareAt: input.aware_at ? new Date(input.aware_at).toISOString() : undefined, interactionIds: input.interaction_ids, useCases,
      });
      return c.json(incidentJson(incident), 201);
    } catch (error) {
      return errorResponse(c, openAIFormat, error, {});
    }
  });
  return app;
}

function missing(id: string): never {
  throw new GatewayError({ status: 404, type: 'not_found_error', code: 'interaction_not_found', param: 'interaction_ids', message: `Onbekende interactie / unknown interaction: ${id}` });
}

type IncidentView = NonNullable<ReturnType<ReturnType<typeof createIncidentStore>['get']>>;

export function incidentJson(i: IncidentView) {
  return {
    id: i.id, object: 'incident', status: i.status, category: i.category, severity: i.severity, serious_kind: i.seriousKind,
    description: i.description, interaction_ids: i.interactionIds, use_cases: i.useCases, created_at: i.createdAt, aware_at: i.awareAt,
    reporting_deadline: i.deadline ? { deadline: i.deadline.deadline, days: i.deadline.days, basis: i.deadline.basis } : null,
    history: i.history.map((h) => ({ at: h.at, by: h.actor, from: h.fromStatus, to: h.toStatus, note: h.note })),
  };
}
