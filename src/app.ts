/** Builds the Hono app from its parts. No globals: everything comes in through the context. */
import { Hono } from 'hono';
import { openAIErrorBody } from './formats/openai/errors.js';
import { GatewayError } from './gateway/errors.js';
import { openAIRoutes } from './routes/apps/openai.js';
import { piiRoutes } from './routes/apps/pii.js';
import { anthropicRoutes } from './routes/apps/anthropic.js';
import type { AppContext } from './routes/context.js';
import { healthRoutes } from './routes/health.js';
import { feedbackRoutes } from './routes/apps/feedback.js';
import { incidentRoutes } from './routes/apps/incidents.js';
import { governanceRoutes } from './routes/governance/index.js';

export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.route('/v1', openAIRoutes(ctx));
  app.route('/v1', piiRoutes(ctx));
  app.route('/v1', anthropicRoutes(ctx));
  app.route('/v1', feedbackRoutes(ctx));
  app.route('/v1', incidentRoutes(ctx));
  app.route('/v1/governance', governanceRoutes(ctx));
  app.route('/', healthRoutes(ctx));

  app.notFound((c) =>
    c.json(openAIErrorBody(new GatewayError({ status: 404, type: 'not_found_error', code: 'unknown_url', message: `Onbekend pad / Unknown path: ${c.req.method} ${new URL(c.req.url).pathname}` })), 404),
  );
  app.onError((error, c) => {
    console.error('[poortwachter] unhandled error:', error.stack ?? error.message);
    return c.json(openAIErrorBody(new GatewayError({ status: 500, type: 'api_error', code: 'internal_error', message: 'Interne fout in de gateway / Internal gateway error.' })), 500);
  });
  return app;
}
