/** Reads a JSON body within a size limit, with errors a caller can act on. */
import { GatewayError } from '../gateway/errors.js';

export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  // With a declared length within the limit, take the server's fast path (no web stream);
  // a chunked upload of unknown size is read piece by piece and cut off at the limit.
  const text = declared !== null ? await request.text() : await readLimited(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new GatewayError({ status: 400, type: 'invalid_request_error', code: 'invalid_json', message: 'De body is geen geldige JSON / The request body is not valid JSON.' });
  }
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}

function tooLarge(maxBytes: number): GatewayError {
  return new GatewayError({ status: 413, type: 'request_too_large', code: 'request_too_large', message: `De body is groter dan ${maxBytes} bytes / The request body exceeds ${maxBytes} bytes.` });
}
