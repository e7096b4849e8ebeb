/** Response headers every front door sets. */
export const INTERACTION_HEADER = 'x-poortwachter-interaction-id';
export const OVERHEAD_HEADER = 'x-poortwachter-overhead-ms';

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
} as const;
