/** Entry: the CLI. `serve` starts the gateway; the other commands work on the same database. */
import { ConfigError, loadConfig } from './config/index.js';
import { keysCommand } from './cli/keys.js';
import { closeRuntime, openRuntime } from './runtime.js';
import { banner, startServer } from './server.js';

const HELP = `Poortwachter — generative-AI gateway voor gemeenten

Gebruik / usage: npm run --silent cli -- <command>
  serve                         start de gateway / start the gateway (npm start)
  keys create --app NAME [--department D] [--role app|governance]
  keys list                     sleutels (alleen prefix) / keys (prefix only)
  keys revoke <id|prefix>       sleutel intrekken / revoke a key
Omgeving / environment: PORT, HOST, DATABASE_URL, POORTWACHTER_CONFIG, OPENAI_API_KEY, OPENAI_BASE_URL,
ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig();

  if (command === 'serve') {
    const ctx = openRuntime(config);
    const server = await startServer(ctx);
    console.log(banner(config, server.url));
    const stop = (signal: string) => {
      console.log(`\n${signal}: lopende verzoeken worden afgemaakt / finishing in-flight requests...`);
      server.shutdown().then(() => process.exit(0));
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    return new Promise(() => {}); // runs until a signal
  }

  const ctx = openRuntime(config);
  try {
    switch (command) {
      case 'keys':
        return keysCommand(ctx.keys, args);
      default:
        console.error(`Onbekend commando / unknown command: ${command}\n\n${HELP}`);
        return 2;
    }
  } finally {
    closeRuntime(ctx);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error('[poortwachter]', error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
