/** Entry: the CLI. `serve` starts the gateway; the other commands work on the same database. */
import { ConfigError, loadConfig } from './config/index.js';
import { keysCommand } from './cli/keys.js';
import { piiCommand } from './cli/pii.js';
import { policyCommand } from './cli/policy.js';
import { createAnalyzer, preview } from './pii/index.js';
import { loadPolicy, PolicyError } from './policy/index.js';
import { createProvider, createRegistry } from './providers/index.js';
import { closeRuntime, openRuntime } from './runtime.js';
import { banner, startServer } from './server.js';

const HELP = `Poortwachter — generative-AI gateway voor gemeenten

Gebruik / usage: npm run --silent cli -- <command>
  serve                         start de gateway / start the gateway (npm start)
  keys create --app NAME [--department D] [--use-case ID ...] [--role app|governance]
  keys list                     sleutels (alleen prefix) / keys (prefix only)
  keys revoke <id|prefix>       sleutel intrekken / revoke a key
  policy check                  beleidsbestanden valideren / validate policy files
  policy explain --use-case ID "tekst"   wat er met een prompt zou gebeuren / what would happen, without calling a provider
  pii "tekst" [--use-case ID]   gevonden persoonsgegevens en wat verstuurd zou worden / personal data found, text as sent
Omgeving / environment: PORT, HOST, DATABASE_URL, POORTWACHTER_CONFIG, OPENAI_API_KEY, OPENAI_BASE_URL,
ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig();

  // These read files only: they work without a database, and on a policy that does not load.
  if (command === 'policy') {
    const providers = createRegistry(config.providers.map((p) => createProvider(p)));
    const analyzer = createAnalyzer();
    return policyCommand(args, {
      policyDir: config.policyDir, providers: providers.all, forModel: providers.find,
      piiPreview: (text, operators) => preview(text, analyzer, operators),
    });
  }
  if (command === 'pii') return piiCommand(args, loadPolicy(config.policyDir));

  if (command === 'serve') {
    const ctx = openRuntime(config);
    const server = await startServer(ctx);
    console.log(banner(config, server.url));
    const stop = (signal: string) => {
      console.log(`\n${signal}: lopende verzoeken worden afgemaakt / finishing in-flight requests...`);
      server.shutdown().then(() => process.exit(0));
    };
    process.on('SIGHUP', () => {
      const result = ctx.gateway.policy.reload();
      console.log(result.ok ? `SIGHUP: beleid herladen / policy reloaded (versie ${result.version})` : `SIGHUP: beleid NIET herladen, het oude blijft gelden / policy NOT reloaded, the old one stays:\n${result.error}`);
    });
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    return new Promise(() => {}); // runs until a signal
  }

  const ctx = openRuntime(config);
  try {
    switch (command) {
      case 'keys':
        return keysCommand(ctx.keys, args, ctx.gateway.policy.current());
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
    if (error instanceof ConfigError || error instanceof PolicyError) console.error(error.message);
    else console.error('[poortwachter]', error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
