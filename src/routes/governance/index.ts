/** The governance API under /v1/governance: a key with the governance role; app keys get 403, no key 401. */
import { Hono } from 'hono';
import type { AppContext } from '../context.js';
import { aggregateRoutes } from './aggregates.js';
import { governanceIncidentRoutes } from './incidents.js';
import { interactionRoutes } from './interactions.js';
import { policyRoutes } from './policy.js';
import { recordRoutes } from './records.js';

export function governanceRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.route('/', interactionRoutes(ctx));
  app.route('/', aggregateRoutes(ctx));
  app.route('/', governanceIncidentRoutes(ctx));
  app.route('/', recordRoutes(ctx));
  app.route('/', policyRoutes(ctx));
  return app;
}
