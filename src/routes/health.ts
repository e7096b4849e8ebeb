/** For load balancers: liveness (the process answers) and readiness (database, policy, providers). */
import { Hono } from 'hono';
import type { AppContext } from './context.js';

export function healthRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => {
    let database = 'ok';
    try {
      ctx.db.$client.prepare('select 1').get();
    } catch {
      database = 'unavailable';
    }
    const breakers = ctx.gateway.resilience.states();
    const providers = ctx.gateway.providers.all.map((p) => ({ name: p.name, kind: p.kind, circuit: breakers[p.name]?.state ?? 'closed' }));
    // Ready while the database works and at least one provider accepts calls.
    const ready = database === 'ok' && providers.some((p) => p.circuit !== 'open');
    return c.json({ status: ready ? 'ready' : 'not_ready', database, policy: ctx.gateway.policy.current().version, providers }, ready ? 200 : 503);
  });
  return app;
}
