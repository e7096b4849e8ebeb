/**
 * One chat handler for every front door. A door is only its wire format: how to parse a request,
 * render an answer, frame a stream and shape an error. Everything else is the pipeline's.
 */
import type { Context, Handler } from 'hono';
import { GatewayError } from '../gateway/errors.js';
import { CancelledError, logRecordFailure, recordFailure, runChat } from '../gateway/pipeline.js';
import { Trace, type Door } from '../gateway/trace.js';
import type { ChatChunk, ChatRequest, ChatResponse } from '../gateway/types.js';
import { authenticate } from './auth.js';
import { readJson } from './body.js';
import type { AppContext } from './context.js';
import { INTERACTION_HEADER, OVERHEAD_HEADER, SSE_HEADERS, USE_CASE_HEADER, noticeHeaders } from './headers.js';
import { streamResponse } from './stream.js';

export interface WireFormat {
  door: Door;
  /** Prefix of the interaction id, as this format's own ids look (chatcmpl-…, msg_…). */
  idPrefix: string;
  parse(body: unknown): ChatRequest;
  render(response: ChatResponse, request: ChatRequest): unknown;
  /** SSE frames for the chunks; ends with an error frame (not a throw) when the stream fails. */
  frames(chunks: AsyncIterable<ChatChunk>, id: string, request: ChatRequest): AsyncIterable<string>;
  error(error: GatewayError): { status: number; body: unknown };
}

export function chatHandler(ctx: AppContext, format: WireFormat): Handler {
  return async (c) => {
    const trace = new Trace(ctx.interactions, format.door, format.idPrefix);
    try {
      trace.key = authenticate(ctx.keys, c.req.raw.headers);
      const request = format.parse(await readJson(c.req.raw, ctx.config.maxBodyBytes));
      const result = await runChat(ctx.gateway, trace, request, { useCase: c.req.header(USE_CASE_HEADER), signal: c.req.raw.signal });
      const headers = { ...traceHeaders(trace), ...noticeHeaders(result.notices) };
      if (result.kind === 'response') return c.json(format.render(result.response, request), 200, headers);
      return streamResponse(format.frames(result.chunks, trace.id, request), { ...SSE_HEADERS, ...headers }, result.abort);
    } catch (error) {
      await recordFailure(trace, error).catch(logRecordFailure);
      return errorResponse(c, format, error, traceHeaders(trace));
    }
  };
}

export function traceHeaders(trace: Trace): Record<string, string> {
  return { [INTERACTION_HEADER]: trace.id, [OVERHEAD_HEADER]: trace.overheadMs().toFixed(3) };
}

/** Any failure as the format's error: a client that left gets nothing, an internal fault a generic 500. */
export function errorResponse(c: Context, format: Pick<WireFormat, 'error'>, error: unknown, headers: Record<string, string>): Response {
  if (error instanceof CancelledError) return new Response(null, { status: 499, headers });
  const gatewayError = asGatewayError(error);
  const { status, body } = format.error(gatewayError);
  return c.json(body, status as 400, { ...headers, ...gatewayError.headers });
}

export function asGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  console.error('[poortwachter] internal error:', (error as Error)?.stack ?? error);
  return new GatewayError({ status: 500, type: 'api_error', code: 'internal_error', message: 'Interne fout in de gateway / Internal gateway error.' });
}
