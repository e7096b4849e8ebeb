/** Environment + config file → one validated Config. Environment wins over the file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configFileSchema, type OversightConfig, type PiiConfig, type ProviderConfig } from './schema.js';

export type { OversightConfig, PiiConfig, ProviderConfig } from './schema.js';

export const CONFIG_ENV = 'POORTWACHTER_CONFIG';

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  policyDir: string;
  maxBodyBytes: number;
  shutdownTimeoutMs: number;
  providers: ProviderConfig[];
  /** Where providers came from, for the start banner. */
  providerSource: 'file' | 'environment' | 'dry-run';
  configFile?: string;
  /** Prices, energy factors, minimum group size, purge interval (src/oversight/). */
  oversight: OversightConfig;
  /** The analysis cache (src/pii/analysis-cache.ts). */
  pii: PiiConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const configFile = env[CONFIG_ENV] ? resolve(env[CONFIG_ENV]) : undefined;
  const file = configFile ? readConfigFile(configFile) : configFileSchema.parse({});

  let providers = file.providers;
  let providerSource: Config['providerSource'] = 'file';
  if (providers.length === 0) {
    providers = providersFromSdkEnv(env);
    providerSource = providers.length > 0 ? 'environment' : 'dry-run';
  }
  if (providers.length === 0) providers = [dryRunProvider()];
  assertUniqueNames(providers);

  return {
    port: intFrom(env.PORT, 'PORT') ?? file.server.port ?? 8080,
    host: env.HOST ?? file.server.host ?? '127.0.0.1',
    databasePath: sqlitePath(env.DATABASE_URL ?? file.database.url ?? './data/poortwachter.db'),
    policyDir: resolve(env.POORTWACHTER_POLICY_DIR ?? file.policy_dir ?? './policies'),
    maxBodyBytes: intFrom(env.MAX_BODY_BYTES, 'MAX_BODY_BYTES') ?? file.server.max_body_bytes ?? 4 * 1024 * 1024,
    shutdownTimeoutMs: file.server.shutdown_timeout_ms ?? 10_000,
    providers,
    providerSource,
    configFile,
    oversight: file.oversight,
    pii: file.pii,
  };
}

function readConfigFile(path: string) {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Configuratiebestand ${path} kan niet worden gelezen / cannot be read: ${(error as Error).message}`);
  }
  const parsed = configFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new ConfigError(`Configuratiebestand ${path} is ongeldig / invalid:\n${problems}`);
  }
  return parsed.data;
}

/** With only the SDKs' own variables set, each key becomes a catch-all provider for its kind. */
function providersFromSdkEnv(env: Env): ProviderConfig[] {
  const providers: ProviderConfig[] = [];
  const attributes = { models: [], region: 'unknown', trains_on_data: false, retention_days: 30, zero_data_retention: false, self_hosted: false, timeout_ms: 120_000, connect_timeout_ms: 10_000, ...RESILIENCE_DEFAULTS };
  if (env.OPENAI_API_KEY) {
    providers.push({ type: 'openai', name: 'openai', api_key_env: 'OPENAI_API_KEY', base_url: env.OPENAI_BASE_URL, auth_header: 'authorization', headers: {}, ...attributes });
  }
  if (env.ANTHROPIC_API_KEY) {
    providers.push({ type: 'anthropic', name: 'anthropic', api_key_env: 'ANTHROPIC_API_KEY', base_url: env.ANTHROPIC_BASE_URL, default_max_tokens: 4096, ...attributes });
  }
  return providers;
}

const RESILIENCE_DEFAULTS = { retries: 2, retry_max_delay_ms: 5_000, breaker_failures: 5, breaker_cooldown_ms: 30_000 };

function dryRunProvider(): ProviderConfig {
  return {
    type: 'dry-run', name: 'dry-run', models: [], region: 'local', trains_on_data: false,
    retention_days: 0, zero_data_retention: true, self_hosted: true, timeout_ms: 120_000, connect_timeout_ms: 10_000, ...RESILIENCE_DEFAULTS,
  };
}

function assertUniqueNames(providers: ProviderConfig[]): void {
  const seen = new Set<string>();
  for (const p of providers) {
    if (seen.has(p.name)) throw new ConfigError(`Provider "${p.name}" is dubbel gedefinieerd / defined twice`);
    seen.add(p.name);
  }
}

function intFrom(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = z.coerce.number().int().min(0).safeParse(value);
  if (!n.success) throw new ConfigError(`${name} moet een geheel getal zijn / must be an integer (kreeg "${value}")`);
  return n.data;
}

/** DATABASE_URL for SQLite: a plain path or a file: URL. */
export function sqlitePath(url: string): string {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    throw new ConfigError('PostgreSQL wordt nog niet ondersteund / is not supported yet: gebruik een SQLite-pad');
  }
  if (url === ':memory:') return url;
  return resolve(url.startsWith('file:') ? url.slice('file:'.length).replace(/^\/\/(?=\/)/, '') : url);
}
