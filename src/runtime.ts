/** Opens everything the app needs from a Config; closes it again. */
import type { Config } from './config/index.js';
import { createAnalyzer, withAnalysisCache } from './pii/index.js';
import { createPolicyHolder } from './policy/index.js';
import { createResilience } from './gateway/resilience/index.js';
import { createProvider, createRegistry } from './providers/index.js';
import type { AppContext } from './routes/context.js';
import { closeDatabase, openDatabase } from './store/database.js';
import { createInteractionStore } from './store/interactions.js';
import { createKeyStore } from './store/keys.js';
import { createEventStore } from './store/events.js';
import { createMeter } from './oversight/cost.js';
import { createSuspensionStore, withSuspensions } from './oversight/suspension.js';

export function openRuntime(config: Config, env: Record<string, string | undefined> = process.env): AppContext {
  // Policy first: an invalid policy file stops the start before anything else is opened.
  const files = createPolicyHolder(config.policyDir);
  const providers = createRegistry(config.providers.map((p) => createProvider(p, env)));
  const db = openDatabase(config.databasePath);
  const events = createEventStore(db);
  const suspensions = createSuspensionStore(db, events);
  // Use cases suspended at runtime (governance, after an incident) are refused like `status: suspended`.
  const policy = withSuspensions(files, suspensions);
  const regions = new Map(config.providers.map((p) => [p.name, p.region]));
  const interactions = createInteractionStore(db, {
    regionOf: (name) => regions.get(name) ?? null,
    meter: createMeter(config.oversight),
    contentStorageOf: (useCase) => files.current().useCase(useCase)?.contentStorage,
  });
  const cache = config.pii.analysis_cache;
  const analyzer = withAnalysisCache(createAnalyzer(), { maxEntries: cache.entries, maxAgeMs: cache.max_age_minutes * 60_000 });
  return { config, db, keys: createKeyStore(db), interactions, events, suspensions, gateway: { providers, policy, analyzer, resilience: createResilience(config.providers) } };
}

export function closeRuntime(ctx: AppContext): void {
  ctx.interactions.flushRecords(); // records queued for this turn's group commit
  closeDatabase(ctx.db);
}
