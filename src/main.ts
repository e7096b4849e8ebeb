/** Entry: the CLI. `serve` starts the gateway; the other commands work on the same database. */
import { ConfigError, loadConfig } from './config/index.js';
import { keysCommand } from './cli/keys.js';
import { auditCommand } from './cli/audit.js';
import { dsrCommand } from './cli/dsr.js';
import { holdCommand, purgeCommand } from './cli/purge.js';
import { startPurgeSchedule } from './oversight/schedule.js';
import { piiCommand } from './cli/pii.js';
import { reloadCommand, writePidFile } from './cli/reload.js';
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
  policy reload                 controleren en de draaiende gateway laten herladen / check, then reload the running gateway
  policy explain --use-case ID "tekst"   wat er met een prompt zou gebeuren / what would happen, without calling a provider
  pii "tekst" [--use-case ID]   gevonden persoonsgegevens en wat verstuurd zou worden / personal data found, text as sent
  audit verify [--json]         hash-ketens controleren / verify the hash chains (exit 1 names the first broken record)
  audit head | audit events     ketenkoppen om elders vast te leggen / chain heads to anchor elsewhere; audit events
  purge [--dry-run]             bewaartermijnen nu toepassen / apply retention now (also runs on a schedule in serve)
  hold place (--use-case ID|--interaction ID) --reason TEKST | hold list | hold release ID   bewaarplicht / legal hold
  dsr find|export|erase (--pseudonym P | --user ID --key KEY_ID) [--reason TEKST]   AVG-verzoeken / data-subject requests
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
  if (command === 'policy' && args[0] === 'reload') return reloadCommand(config);
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
    const stopPurge = startPurgeSchedule(ctx);
    console.log(banner(config, server.url));
    const stop = (signal: string) => {
      console.log(`\n${signal}: lopende verzoeken worden afgemaakt / finishing in-flight requests...`);
      stopPurge();
      server.shutdown().then(() => process.exit(0));
    };
    const removePidFile = writePidFile(config);
    process.once('exit', removePidFile);
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
      case 'audit':
        return auditCommand(ctx, args);
      case 'purge':
        return purgeCommand(ctx, args);
      case 'hold':
        return holdCommand(ctx, args);
      case 'dsr':
        return dsrCommand(ctx, args);
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
