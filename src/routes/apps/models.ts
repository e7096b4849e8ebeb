/** The models a key may use: what providers serve, narrowed by the models its use cases allow. */
import type { AppKey } from '../../store/keys.js';
import type { AppContext } from '../context.js';

export function allowedModels(ctx: AppContext, key: AppKey): { id: string; owner: string }[] {
  const policy = ctx.gateway.policy.current();
  const served = ctx.gateway.providers.listedModels().map((m) => ({ id: m.id, owner: m.provider }));
  const ids = key.useCases.length ? key.useCases : [policy.defaults.useCase ?? ''];
  const useCases = ids.map((id) => policy.useCase(id)).filter((u) => u !== undefined);
  // A use case without a model list allows every model that is served.
  if (useCases.some((u) => u.models.length === 0)) return withAliases(served, policy.modelAliases);
  const allowed = new Set(useCases.flatMap((u) => u.models.flatMap((m) => [m, ...policy.expandModel(m)])));
  return withAliases(served, policy.modelAliases).filter((m) => allowed.has(m.id));
}

/** Aliases (e.g. "standaard") are names a client can ask for too. */
function withAliases(served: { id: string; owner: string }[], aliases: ReadonlyMap<string, readonly string[]>) {
  const out = [...served];
  for (const [alias, models] of aliases) {
    if (models.some((m) => served.some((s) => s.id === m))) out.push({ id: alias, owner: 'poortwachter' });
  }
  return out;
}
