/**
 * GET /v1/governance/aggregates/:kind   kind = usage | latency | feedback | blocks | pii
 *   ?bucket=day|week|month (default day) &group_by=use_case|department|app|model|outcome &from&to (default last 30 days) + filters
 */
import { Hono } from 'hono';
import { BUCKETS, GROUPS, createAggregates, type Bucket, type GroupBy } from '../../oversight/aggregates.js';
import type { AppContext } from '../context.js';
import { badRequest, filterFrom, governed } from './common.js';

const KINDS = ['usage', 'latency', 'feedback', 'blocks', 'pii'] as const;

export function aggregateRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  const aggregates = createAggregates(ctx.db.$client, () => ctx.gateway.policy.current());
  app.get('/aggregates/:kind', governed(ctx, (c) => {
    const kind = c.req.param('kind') as (typeof KINDS)[number];
    if (!KINDS.includes(kind)) throw badRequest(`Onbekend aggregaat / unknown aggregate; kies / choose: ${KINDS.join(', ')}`, 'kind');
    const bucket = (c.req.query('bucket') ?? 'day') as Bucket;
    if (!(bucket in BUCKETS)) throw badRequest('bucket: day, week of month', 'bucket');
    const groupBy = c.req.query('group_by') as GroupBy | undefined;
    if (groupBy !== undefined && !(groupBy in GROUPS)) throw badRequest(`group_by: ${Object.keys(GROUPS).join(', ')}`, 'group_by');
    const filter = filterFrom(c);
    if (!filter.from) filter.from = new Date(Date.now() - 30 * 86_400_000).toISOString();
    ctx.interactions.settleRollups();
    const result = aggregates[kind]({ filter, bucket, groupBy, minGroupSize: ctx.config.oversight.min_group_size });
    return c.json({ object: 'aggregate', kind, from: filter.from, to: filter.to ?? null, min_group_size: ctx.config.oversight.min_group_size, energy_source: ctx.config.oversight.energy.source, grid_source: ctx.config.oversight.energy.grid_source ?? null, ...result });
  }));
  return app;
}
