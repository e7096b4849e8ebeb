/** POST /v1/embeddings (OpenAI format). */
import type { Handler } from 'hono';
import { z } from 'zod';
import { openAIFormat } from '../../formats/openai/index.js';
import { runEmbeddings } from '../../gateway/embeddings.js';
import { GatewayError } from '../../gateway/errors.js';
import { logRecordFailure, recordFailure } from '../../gateway/pipeline.js';
import { Trace } from '../../gateway/trace.js';
import type { EmbeddingsRequest } from '../../gateway/types.js';
import { authenticate } from '../auth.js';
import { readJson } from '../body.js';
import type { AppContext } from '../context.js';
import { errorResponse, traceHeaders } from '../door.js';
import { USE_CASE_HEADER, noticeHeaders } from '../headers.js';

const embeddingsRequest = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1), z.array(z.number()).min(1), z.array(z.array(z.number())).min(1)]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().optional(),
  user: z.string().optional(),
});

export function embeddingsHandler(ctx: AppContext): Handler {
  return async (c) => {
    const trace = new Trace(ctx.interactions, 'openai', 'emb-');
    try {
      trace.key = authenticate(ctx.keys, c.req.raw.headers);
      const parsed = embeddingsRequest.safeParse(await readJson(c.req.raw, ctx.config.maxBodyBytes));
      if (!parsed.success) {
        const param = parsed.error.issues[0]!.path.join('.') || 'body';
        throw new GatewayError({ status: 400, type: 'invalid_request_error', code: 'invalid_value', param, message: `Ongeldige waarde voor '${param}' / Invalid value for '${param}'.` });
      }
      const { response, notices } = await runEmbeddings(ctx.gateway, trace, parsed.data as EmbeddingsRequest, { useCase: c.req.header(USE_CASE_HEADER), signal: c.req.raw.signal });
      return c.json(response, 200, { ...traceHeaders(trace), ...noticeHeaders(notices) });
    } catch (error) {
      await recordFailure(trace, error).catch(logRecordFailure);
      return errorResponse(c, openAIFormat, error, traceHeaders(trace));
    }
  };
}
