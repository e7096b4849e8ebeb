/**
 * A minimal, fast OpenAI-format upstream for benchmarks (JSON and SSE). Run as its own process so it
 * does not share an event loop with the gateway or the load generator. Prints its URL on stdout.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const completion = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 1, model: 'bench-model',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Dat kan via de website van de gemeente of aan de balie.', refusal: null }, logprobs: null, finish_reason: 'stop' }],
  usage: { prompt_tokens: 20, completion_tokens: 12, total_tokens: 32 },
});
const pieces = ['Dat kan ', 'via de ', 'website van ', 'de gemeente ', 'of aan ', 'de balie.'];
const chunk = (delta: object, finish: string | null) =>
  `data: ${JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'bench-model', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
const stream = [chunk({ role: 'assistant', content: '' }, null), ...pieces.map((p) => chunk({ content: p }, null)), chunk({}, 'stop'), 'data: [DONE]\n\n'];

const server = createServer((req, res) => {
  const parts: Buffer[] = [];
  req.on('data', (p: Buffer) => parts.push(p));
  req.on('end', () => {
    const streaming = Buffer.concat(parts).includes('"stream":true');
    if (streaming) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const frame of stream) res.write(frame);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(completion) });
      res.end(completion);
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
