/** POST /v1/pii/preview: the spans found and the text as it would be sent, for apps and the staff UI. */
import { Hono } from 'hono';
import { z } from 'zod';
import { GatewayError } from '../../gateway/errors.js';
import { PiiAnalysisError, preview } from '../../pii/index.js';
import { personalDataCheckFailed } from '../../gateway/refusals.js';
import { authenticate } from '../auth.js';
import { readJson } from '../body.js';
import type { AppContext } from '../context.js';
import { USE_CASE_HEADER } from '../headers.js';
import { openAIFormat } from '../../formats/openai/index.js';
import { errorResponse } from '../door.js';

const previewRequest = z.strictObject({ text: z.string(), use_case: z.string().optional() });

export function piiRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.post('/pii/preview', async (c) => {
    try {
      const key = authenticate(ctx.keys, c.req.raw.headers);
      const parsed = previewRequest.safeParse(await readJson(c.req.raw, ctx.config.maxBodyBytes));
      if (!parsed.success) {
        throw new GatewayError({ status: 400, type: 'invalid_request_error', code: 'invalid_value', param: 'text', message: "Verwacht / expected {\"text\": string, \"use_case\"?: string}" });
      }
      const policy = ctx.gateway.policy.current();
      const useCase = policy.resolveUseCase(parsed.data.use_case ?? c.req.header(USE_CASE_HEADER), {
        useCases: key.useCases, defaultUseCase: key.defaultUseCase, department: key.department,
      });
      const operators = policy.operatorsFor(useCase);
      const result = preview(parsed.data.text, ctx.gateway.analyzer, operators);
      return c.json({
        use_case: useCase.id,
        // Positions only: the values are the caller's own text and are not echoed.
        spans: result.spans.map((s) => ({ type: s.type, start: s.start, end: s.end, score: s.score, recognizer: s.recognizer, operator: operators[s.type] ?? operators.default ?? 'pseudonymise' })),
        text: result.text,
        blocked: result.blocked,
        receipt: result.receipt,
      });
    } catch (error) {
      // Fail closed here too: no preview is better than a wrong one.
      return errorResponse(c, openAIFormat, error instanceof PiiAnalysisError ? personalDataCheckFailed() : error, {});
    }
  });
  return app;
}
