/** The gateway's config file (YAML), validated with zod. Secrets are never in it: only env var names. */
import { z } from 'zod';

const providerBase = {
  name: z.string().min(1).regex(/^[a-z0-9][a-z0-9._-]*$/i, 'letters, digits, . _ - only'),
  /** Models this provider serves. Empty: it serves whatever model a client asks for. */
  models: z.array(z.string().min(1)).default([]),
  region: z.string().min(1).default('unknown'),
  trains_on_data: z.boolean().default(true),
  retention_days: z.number().int().min(0).default(30),
  zero_data_retention: z.boolean().default(false),
  self_hosted: z.boolean().default(false),
  contract: z.string().optional(),
  /** Whole call; connect and first byte (response headers) have their own, shorter bounds. */
  timeout_ms: z.number().int().positive().default(120_000),
  connect_timeout_ms: z.number().int().positive().default(10_000),
  first_byte_timeout_ms: z.number().int().positive().optional(),
  /** Further attempts after a 429, 5xx or connection failure, before falling back to the next provider. */
  retries: z.number().int().min(0).max(10).default(2),
  retry_max_delay_ms: z.number().int().positive().default(5_000),
  /** Circuit breaker: after this many consecutive failures, skip the provider for the cool-down. */
  breaker_failures: z.number().int().positive().default(5),
  breaker_cooldown_ms: z.number().int().positive().default(30_000),
};

const remote = {
  base_url: z.url().optional(),
  /** Name of the environment variable that holds the API key. */
  api_key_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name').optional(),
};

export const providerSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('openai'), ...providerBase, ...remote,
    /** Azure OpenAI API keys go in the `api-key` header. */
    auth_header: z.enum(['authorization', 'api-key']).default('authorization'),
    /** Extra, non-secret headers (e.g. an organisation id). */
    headers: z.record(z.string(), z.string()).default({}),
  }),
  z.strictObject({ type: z.literal('anthropic'), ...providerBase, ...remote, default_max_tokens: z.number().int().positive().default(4096) }),
  z.strictObject({ type: z.literal('dry-run'), ...providerBase }),
]);

export const DEFAULT_ENERGY_SOURCE =
  'Epoch AI (2025), "How much energy does ChatGPT use?": ~0,3 Wh per GPT-4o-antwoord van ~500 output-tokens, ~2,5 Wh bij 10k input-tokens. ' +
  'Orde van grootte; vervang door cijfers van uw provider / order of magnitude; replace with your provider\'s figures.';
export const configFileSchema = z.strictObject({
  server: z
    .strictObject({
      port: z.number().int().min(0).max(65535).optional(),
      host: z.string().optional(),
      max_body_bytes: z.number().int().positive().optional(),
      shutdown_timeout_ms: z.number().int().positive().optional(),
    })
    .default({}),
  database: z.strictObject({ url: z.string().optional() }).default({}),
  policy_dir: z.string().optional(),
  providers: z.array(providerSchema).default([]),
  oversight: z
    .strictObject({
      /** EUR per 1M tokens per model name (the model the provider reported, else the one asked for); `default` for the rest. */
      prices: z.record(z.string(), z.strictObject({ input: z.number().min(0), output: z.number().min(0) })).default({}),
      energy: z
        .strictObject({
          kwh_per_1k_input_tokens: z.number().min(0).default(0.00025),
          kwh_per_1k_output_tokens: z.number().min(0).default(0.0006),
          source: z.string().min(1).default(DEFAULT_ENERGY_SOURCE),
          /** Grid carbon intensity where the provider runs; unset: no CO2e figures. */
          grid_g_co2e_per_kwh: z.number().min(0).optional(),
          grid_source: z.string().min(1).optional(),
        })
        .prefault({}),
      /** Breakdowns by department or app with fewer distinct people than this are suppressed. */
      min_group_size: z.number().int().min(1).default(5),
      /** How often `serve` runs the retention purge; 0: never (only `cli -- purge`). */
      purge_interval_minutes: z.number().min(0).default(60),
    })
    .prefault({}),
  pii: z
    .strictObject({
      /**
       * Spans of recently analysed texts, so the earlier messages of a conversation, sent again every turn, are
       * analysed once (src/pii/analysis-cache.ts: digests and offsets only, no text). entries 0: off.
       */
      analysis_cache: z
        .strictObject({
          entries: z.number().int().min(0).default(2000),
          max_age_minutes: z.number().positive().default(15),
        })
        .prefault({}),
    })
    .prefault({}),
});

export type OversightConfig = z.infer<typeof configFileSchema>['oversight'];
export type PiiConfig = z.infer<typeof configFileSchema>['pii'];

export type ProviderConfig = z.infer<typeof providerSchema>;
export type ConfigFile = z.infer<typeof configFileSchema>;
