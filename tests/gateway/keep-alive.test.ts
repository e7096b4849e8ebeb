/**
 * Idle keep-alive connections: the gateway keeps them open longer than clients and proxies keep theirs, so
 * the client closes first and never sends a request on a connection the gateway is closing (ECONNRESET).
 */
import { request, Agent } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../src/server.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw.shutdown());

function get(agent: Agent): Promise<{ keepAlive: string | undefined; port: number }> {
  return new Promise((resolve, reject) => {
    const req = request(`${gw.url}/healthz`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ keepAlive: res.headers['keep-alive'] as string | undefined, port: req.socket!.localPort! }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('announces a keep-alive timeout longer than a proxy’s 60 s and keeps the connection for the next request', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const first = await get(agent);
  expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
  expect(first.keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  const second = await get(agent);
  expect(second.port).toBe(first.port);
  agent.destroy();
});
