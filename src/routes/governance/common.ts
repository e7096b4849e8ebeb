/** Shared parts of the governance API: the governance-role check, error handling, query parsing. */
import type { Context, Handler } from 'hono';
import { openAIFormat } from '../../formats/openai/index.js';
import { GatewayError } from '../../gateway/errors.js';
import { filterSchema, type Filter } from '../../oversight/filters.js';
import type { AppKey } from '../../store/keys.js';
import { authenticate } from '../auth.js';
import type { AppContext } from '../context.js';
import { errorResponse } from '../door.js';

export type GovernanceHandler = (c: Context, key: AppKey) => Response | Promise<Response>;

/** No key: 401; a key without the governance role: 403. Errors in OpenAI's error shape. */
export function governed(ctx: AppContext, handler: GovernanceHandler): Handler {
  return async (c) => {
    try {
      const key = authenticate(ctx.keys, c.req.raw.headers);
      if (key.role !== 'governance') {
        throw new GatewayError({ status: 403, type: 'permission_error', code: 'governance_role_required', message: 'Hiervoor is een sleutel met de rol governance nodig / This needs a key with the governance role.' });
      }
      return await handler(c, key);
    } catch (error) {
      return errorResponse(c, openAIFormat, error, {});
    }
  };
}

export function badRequest(message: string, param: string | null = null): GatewayError {
  return new GatewayError({ status: 400, type: 'invalid_request_error', code: 'invalid_value', param, message });
}

export function notFound(what: string, id: string): GatewayError {
  return new GatewayError({ status: 404, type: 'not_found_error', code: `${what}_not_found`, message: `Niet gevonden / not found: ${id}` });
}

export function filterFrom(c: Context): Filter {
  const parsed = filterSchema.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest(`Ongeldig filter / invalid filter: ${issue.path.join('.')}: ${issue.message}`, issue.path.join('.'));
  }
  return parsed.data;
}

export async function jsonBody(c: Context, ctx: AppContext): Promise<Record<string, unknown>> {
  const { readJson } = await import('../body.js');
  const body = await readJson(c.req.raw, ctx.config.maxBodyBytes);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Verwacht een JSON-object / expected a JSON object');
  return body as Record<string, unknown>;
}
