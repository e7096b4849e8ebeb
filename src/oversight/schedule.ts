/** The retention purge on a timer, started by `serve`: unref'd, so it never keeps the process alive. */
import type { AppContext } from '../routes/context.js';
import { purge } from './retention.js';

export function startPurgeSchedule(ctx: Pick<AppContext, 'db' | 'events' | 'gateway' | 'config'>, log: (line: string) => void = console.log): () => void {
  const minutes = ctx.config.oversight.purge_interval_minutes;
  if (minutes <= 0) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running || !ctx.db.$client.open) return;
    running = true;
    try {
      const r = purge(ctx.db, ctx.events, ctx.gateway.policy.current(), { trigger: 'schedule', actor: 'system' });
      if (r.contentErased || r.metadataDeleted) log(`[poortwachter] bewaartermijnen / retention: ${r.contentErased} inhoud gewist / content erased, ${r.metadataDeleted} records verwijderd / deleted, ${r.heldBack} vastgehouden / held`);
    } catch (error) {
      console.error('[poortwachter] purge mislukt / failed:', (error as Error).message);
    } finally {
      running = false;
    }
  }, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
