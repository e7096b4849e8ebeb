/** Serves the app over HTTP, prints the start banner, and shuts down gracefully. */
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './config/index.js';
import type { AppContext } from './routes/context.js';
import { closeRuntime } from './runtime.js';

/**
 * How long an idle keep-alive connection stays open. Longer than clients and proxies keep theirs (undici 4 s,
 * nginx 60 s, most load balancers 60 s): the side that closes an idle connection must be the one that would
 * reuse it, or a request sent as the gateway closes it fails with ECONNRESET. Node's default is 5 s.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish (bounded), then closes the database. */
  shutdown(): Promise<void>;
}

export function startServer(ctx: AppContext): Promise<RunningServer> {
  const app = createApp(ctx);
  // Open responses, streams included: shutdown waits for these to finish.
  const open = new Set<ServerResponse>();
  let onIdle: (() => void) | undefined;

  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: ctx.config.port, hostname: ctx.config.host }, (info: AddressInfo) => {
      const host = ctx.config.host.includes(':') ? `[${ctx.config.host}]` : ctx.config.host;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        shutdown() {
          closing ??= (async () => {
            server.close();
            if ('closeIdleConnections' in server) server.closeIdleConnections();
            const drained = new Promise<void>((done) => {
              onIdle = () => open.size === 0 && done();
              onIdle();
            });
            const bound = new Promise<void>((done) => setTimeout(done, ctx.config.shutdownTimeoutMs).unref());
            await Promise.race([drained, bound]);
            if ('closeAllConnections' in server) server.closeAllConnections();
            closeRuntime(ctx);
          })();
          return closing;
        },
      });
    });
    server.once('error', reject);
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      // headers of a request on a kept-alive connection may take as long to start as the connection may idle
      server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
    }
    server.on('request', (_req, res: ServerResponse) => {
      open.add(res);
      res.once('close', () => {
        open.delete(res);
        onIdle?.();
      });
    });
  });
}

export function banner(config: Config, url: string): string {
  const providers = config.providers
    .map((p) => `${p.name} (${p.type}${p.models.length ? `: ${p.models.join(', ')}` : ', alle modellen / any model'})`)
    .join('; ');
  const dryRun = config.providerSource === 'dry-run'
    ? '\n  Let op / Note: geen upstream-sleutel gevonden; de dry-run-provider laat zien wat er verstuurd zou worden.' +
      '\n  No upstream key found; the dry-run provider shows what would have been sent. Set OPENAI_API_KEY or a config file.'
    : '';
  return [
    `Poortwachter luistert op / listens on ${url}  (OpenAI-compatible base URL: ${url}/v1)`,
    `  Database:   ${config.databasePath}`,
    `  Policy:     ${config.policyDir}`,
    `  Config:     ${config.configFile ?? '(geen bestand / no file; set POORTWACHTER_CONFIG)'}`,
    `  Providers:  ${providers}  [bron / source: ${config.providerSource}]${dryRun}`,
    `  Sleutel maken / create a key:  npm run --silent cli -- keys create --app mijn-app`,
    `  Eerste verzoek / first request:`,
    `    curl ${url}/v1/chat/completions -H "Authorization: Bearer <key>" -H "Content-Type: application/json" \\`,
    `      -d '{"model":"dry-run","messages":[{"role":"user","content":"Hallo"}]}'`,
  ].join('\n');
}
