/** The OpenAI-format front door: /v1/chat/completions, /v1/embeddings and /v1/models. */
import { Hono } from 'hono';
import { openAIFormat } from '../../formats/openai/index.js';
import { GatewayError } from '../../gateway/errors.js';
import { authenticate } from '../auth.js';
import type { AppContext } from '../context.js';
import { chatHandler, errorResponse } from '../door.js';
import { embeddingsHandler } from './embeddings.js';
import { allowedModels } from './models.js';

export function openAIRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.post('/chat/completions', chatHandler(ctx, openAIFormat));
  app.post('/embeddings', embeddingsHandler(ctx));

  app.get('/models', (c) => {
    try {
      const key = authenticate(ctx.keys, c.req.raw.headers);
      const created = Math.floor(Date.now() / 1000);
      const data = allowedModels(ctx, key).map(({ id, owner }) => ({ id, object: 'model', created, owned_by: owner }));
      return c.json({ object: 'list', data });
    } catch (error) {
      return errorResponse(c, openAIFormat, error, {});
    }
  });

  app.get('/models/:id', (c) => {
    try {
      const key = authenticate(ctx.keys, c.req.raw.headers);
      const model = allowedModels(ctx, key).find((m) => m.id === c.req.param('id'));
      if (!model) throw new GatewayError({ status: 404, type: 'not_found_error', code: 'model_not_found', param: 'model', message: `Het model "${c.req.param('id')}" bestaat niet / The model does not exist.` });
      return c.json({ id: model.id, object: 'model', created: Math.floor(Date.now() / 1000), owned_by: model.owner });
    } catch (error) {
      return errorResponse(c, openAIFormat, error, {});
    }
  });
  return app;
}
