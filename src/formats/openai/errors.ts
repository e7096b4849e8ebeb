/** OpenAI's error shape: {"error":{"message","type","code","param"}}. */
import { GatewayError } from '../../gateway/errors.js';

export interface OpenAIErrorBody {
  error: { message: string; type: string; code: string | null; param: string | null };
}

export function openAIErrorBody(error: GatewayError): OpenAIErrorBody {
  // An upstream's own error body is passed on faithfully when it is the client's concern.
  const upstream = error.upstreamBody as Partial<OpenAIErrorBody['error']> | undefined;
  if (upstream && typeof upstream === 'object' && typeof upstream.message === 'string') {
    return { error: { message: upstream.message, type: upstream.type ?? error.type, code: upstream.code ?? error.code, param: upstream.param ?? error.param } };
  }
  return { error: { message: error.message, type: error.type, code: error.code, param: error.param } };
}
