/** Response headers every front door sets. */
export const INTERACTION_HEADER = 'x-poortwachter-interaction-id';
export const OVERHEAD_HEADER = 'x-poortwachter-overhead-ms';
/** Request: the use case (doelbinding) to act under, when the key holds more than one. */
export const USE_CASE_HEADER = 'x-poortwachter-use-case';

/**
 * Notices for the client: the use case acted under, policy warnings, and the AI-generated notice
 * (AI Act art. 50). Header values are percent-encoded UTF-8, since Dutch text is not always ASCII.
 */
export function noticeHeaders(notices: { useCase: string; warnings: string[]; aiNotice?: string }): Record<string, string> {
  const headers: Record<string, string> = { 'x-poortwachter-use-case': notices.useCase };
  if (notices.warnings.length) headers['x-poortwachter-notice'] = encodeURIComponent(notices.warnings.join(' | '));
  if (notices.aiNotice) headers['x-poortwachter-ai-notice'] = encodeURIComponent(notices.aiNotice);
  return headers;
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
} as const;
