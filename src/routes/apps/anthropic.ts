/** The Anthropic-format front door: /v1/messages and /v1/messages/count_tokens. */
import { Hono } from 'hono';
import { anthropicFormat } from '../../formats/anthropic/door.js';
import { countTokensEstimate } from '../../formats/anthropic/count-tokens.js';
import { authenticate } from '../auth.js';
import { readJson } from '../body.js';
import type { AppContext } from '../context.js';
import { chatHandler, errorResponse } from '../door.js';

export function anthropicRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.post('/messages', chatHandler(ctx, anthropicFormat));
  app.post('/messages/count_tokens', async (c) => {
    try {
      authenticate(ctx.keys, c.req.raw.headers);
      return c.json(countTokensEstimate(await readJson(c.req.raw, ctx.config.maxBodyBytes)));
    } catch (error) {
      return errorResponse(c, anthropicFormat, error, {});
    }
  });
  return app;
}
