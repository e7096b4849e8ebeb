/**
 * Filters governance applies to interactions (time range, use case, department, app, model, outcome,
 * rule, user pseudonym), as one SQL condition on `interactions i` with named parameters.
 */
import { z } from 'zod';

export const filterSchema = z.object({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  use_case: z.string().min(1).optional(),
  department: z.string().min(1).optional(),
  app: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  outcome: z.enum(['ok', 'blocked', 'rejected', 'error', 'cancelled']).optional(),
  rule: z.string().min(1).optional(),
  user: z.string().min(1).optional(),
});
export type Filter = z.infer<typeof filterSchema>;

/** A date or date-time as the ISO text stored in started_at. */
function iso(value: string): string {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString();
}

export function whereSql(f: Filter): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.from) (parts.push('i.started_at >= @from'), (params.from = iso(f.from)));
  if (f.to) (parts.push('i.started_at < @to'), (params.to = iso(f.to)));
  if (f.use_case) (parts.push('i.use_case = @use_case'), (params.use_case = f.use_case));
  if (f.department) (parts.push('i.department = @department'), (params.department = f.department));
  if (f.app) (parts.push('i.app = @app'), (params.app = f.app));
  if (f.model) (parts.push('(i.model_used = @model OR i.model_requested = @model)'), (params.model = f.model));
  if (f.outcome) (parts.push('i.outcome = @outcome'), (params.outcome = f.outcome));
  if (f.user) (parts.push('i.user_pseudonym = @user'), (params.user = f.user));
  if (f.rule) {
    parts.push("i.decision LIKE '%' || @rule_like || '%' AND EXISTS (SELECT 1 FROM json_each(i.decision, '$.rules') r WHERE json_extract(r.value, '$.id') = @rule)");
    params.rule = f.rule;
    params.rule_like = JSON.stringify(f.rule);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}
