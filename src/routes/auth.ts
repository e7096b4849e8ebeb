/** Who is calling: an app key in `Authorization: Bearer` (OpenAI) or `x-api-key` (Anthropic). */
import { GatewayError } from '../gateway/errors.js';
import type { AppKey, KeyStore } from '../store/keys.js';

export function authenticate(keys: KeyStore, headers: Headers): AppKey {
  const bearer = headers.get('authorization');
  const secret = bearer?.toLowerCase().startsWith('bearer ') ? bearer.slice(7).trim() : headers.get('x-api-key')?.trim();
  if (!secret) {
    throw new GatewayError({ status: 401, type: 'authentication_error', code: 'missing_api_key', message: 'Geen API-sleutel meegestuurd / No API key provided. Use Authorization: Bearer <key>.' });
  }
  const key = keys.verify(secret);
  if (!key) {
    throw new GatewayError({ status: 401, type: 'authentication_error', code: 'invalid_api_key', message: 'Onbekende of ingetrokken API-sleutel / Unknown or revoked API key.' });
  }
  return key;
}
