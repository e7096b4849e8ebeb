/** Builds provider adapters from config, and picks the one that serves a model. */
import type { ProviderConfig } from '../config/index.js';
import type { Provider, ProviderAttributes } from '../gateway/types.js';
import { createAnthropicProvider } from './anthropic/index.js';
import { createDryRunProvider } from './dry-run/index.js';
import { createOpenAIProvider } from './openai/index.js';

type Env = Record<string, string | undefined>;

export function createProvider(config: ProviderConfig, env: Env = process.env): Provider {
  const attributes: ProviderAttributes = {
    region: config.region,
    trainsOnData: config.trains_on_data,
    retentionDays: config.retention_days,
    zeroDataRetention: config.zero_data_retention,
    selfHosted: config.self_hosted,
    contract: config.contract,
  };
  switch (config.type) {
    case 'dry-run':
      return createDryRunProvider(config.name, attributes, config.models);
    case 'openai':
      return createOpenAIProvider({
        name: config.name, apiKey: apiKey(config, env), baseURL: config.base_url, models: config.models, attributes,
        timeoutMs: config.timeout_ms, connectTimeoutMs: config.connect_timeout_ms, firstByteTimeoutMs: config.first_byte_timeout_ms,
        authHeader: config.auth_header, headers: config.headers,
      });
    case 'anthropic':
      return createAnthropicProvider({
        name: config.name, apiKey: apiKey(config, env) ?? '', baseURL: config.base_url, models: [...config.models], attributes,
        timeoutMs: config.timeout_ms, defaultMaxTokens: config.default_max_tokens,
        connectTimeoutMs: config.connect_timeout_ms, firstByteTimeoutMs: config.first_byte_timeout_ms,
      });
  }
}

function apiKey(config: { name: string; api_key_env?: string }, env: Env): string | undefined {
  if (!config.api_key_env) return undefined;
  const key = env[config.api_key_env];
  if (!key) throw new Error(`Provider "${config.name}": omgevingsvariabele ${config.api_key_env} is leeg / environment variable is empty`);
  return key;
}

export interface ProviderRegistry {
  readonly all: readonly Provider[];
  /** The provider for this model: one that lists it; else a catch-all (claude-* prefers an anthropic one). */
  find(model: string): Provider | undefined;
  /** Model ids a client can ask for by name. */
  listedModels(): { id: string; provider: string }[];
}

export function createRegistry(providers: Provider[]): ProviderRegistry {
  const byModel = new Map<string, Provider>();
  for (const p of providers) for (const m of p.models) if (!byModel.has(m)) byModel.set(m, p);
  const catchAll = providers.filter((p) => p.models.length === 0);

  return {
    all: providers,
    find(model) {
      const listed = byModel.get(model);
      if (listed) return listed;
      const preferredKind = model.startsWith('claude') ? 'anthropic' : 'openai';
      return catchAll.find((p) => p.kind === preferredKind) ?? catchAll[0];
    },
    listedModels() {
      const listed = [...byModel].map(([id, p]) => ({ id, provider: p.name }));
      // A catch-all dry-run still deserves a name a newcomer can pick.
      for (const p of catchAll) if (p.kind === 'dry-run') listed.push({ id: 'dry-run', provider: p.name });
      return listed;
    },
  };
}
