/** The OpenAI-format front door: translates the wire format and hands the request to the pipeline. */
import { Hono, type Context } from 'hono';
import { openAIErrorBody } from '../../formats/openai/errors.js';
import { parseChatRequest } from '../../formats/openai/request.js';
import { SSE_DONE, sseChunk, sseError } from '../../formats/openai/stream.js';
import { GatewayError } from '../../gateway/errors.js';
import { CancelledError, recordFailure, runChat } from '../../gateway/pipeline.js';
import { Trace } from '../../gateway/trace.js';
import type { ChatChunk } from '../../gateway/types.js';
import { authenticate } from '../auth.js';
import { readJson } from '../body.js';
import type { AppContext } from '../context.js';
import { INTERACTION_HEADER, OVERHEAD_HEADER, SSE_HEADERS, USE_CASE_HEADER, noticeHeaders } from '../headers.js';
import { streamResponse } from '../stream.js';

export function openAIRoutes(ctx: AppContext): Hono {
  const app = new Hono();

  app.post('/chat/completions', async (c) => {
    const trace = new Trace(ctx.interactions, 'openai', 'chatcmpl-');
    try {
      trace.key = authenticate(ctx.keys, c.req.raw.headers);
      const request = parseChatRequest(await readJson(c.req.raw, ctx.config.maxBodyBytes));
      const result = await runChat(ctx.gateway, trace, request, { useCase: c.req.header(USE_CASE_HEADER), signal: c.req.raw.signal });
      const headers = { ...traceHeaders(trace), ...noticeHeaders(result.notices) };
      if (result.kind === 'response') return c.json(result.response, 200, headers);
      return streamResponse(openAIFrames(result.chunks), { ...SSE_HEADERS, ...headers }, result.abort);
    } catch (error) {
      recordFailure(trace, error);
      return errorResponse(c, error, traceHeaders(trace));
    }
  });

  app.get('/models', (c) => {
    try {
      authenticate(ctx.keys, c.req.raw.headers);
      const created = Math.floor(Date.now() / 1000);
      const data = ctx.gateway.providers.listedModels().map(({ id, provider }) => ({ id, object: 'model', created, owned_by: provider }));
      return c.json({ object: 'list', data });
    } catch (error) {
      return errorResponse(c, error, {});
    }
  });

  app.get('/models/:id', (c) => {
    try {
      authenticate(ctx.keys, c.req.raw.headers);
      const model = ctx.gateway.providers.listedModels().find((m) => m.id === c.req.param('id'));
      if (!model) throw new GatewayError({ status: 404, type: 'not_found_error', code: 'model_not_found', param: 'model', message: `Het model "${c.req.param('id')}" bestaat niet / The model does not exist.` });
      return c.json({ id: model.id, object: 'model', created: Math.floor(Date.now() / 1000), owned_by: model.provider });
    } catch (error) {
      return errorResponse(c, error, {});
    }
  });

  return app;
}

async function* openAIFrames(chunks: AsyncIterable<ChatChunk>): AsyncGenerator<string> {
  try {
    for await (const chunk of chunks) yield sseChunk(chunk);
    yield SSE_DONE;
  } catch (error) {
    // A cancelled client is gone; anyone else gets an error event instead of a hang.
    if (!(error instanceof CancelledError)) yield sseError(error);
  }
}

function traceHeaders(trace: Trace): Record<string, string> {
  return { [INTERACTION_HEADER]: trace.id, [OVERHEAD_HEADER]: trace.overheadMs().toFixed(3) };
}

export function errorResponse(c: Context, error: unknown, headers: Record<string, string>): Response {
  if (error instanceof CancelledError) return new Response(null, { status: 499, headers });
  const gatewayError = error instanceof GatewayError
    ? error
    : new GatewayError({ status: 500, type: 'api_error', code: 'internal_error', message: 'Interne fout in de gateway / Internal gateway error.' });
  if (!(error instanceof GatewayError)) console.error('[poortwachter] internal error:', (error as Error)?.stack ?? error);
  return c.json(openAIErrorBody(gatewayError), gatewayError.status as 400, { ...headers, ...gatewayError.headers });
}
