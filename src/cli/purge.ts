/** `purge [--dry-run]` applies the retention terms now; `hold place|list|release` manages legal holds. */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createHoldStore } from '../oversight/holds.js';
import { purge } from '../oversight/retention.js';
import type { AppContext } from '../routes/context.js';

export const cliActor = () => `cli:${safeUser()}`;
function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export function purgeCommand(ctx: AppContext, args: string[]): number {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } });
  const result = purge(ctx.db, ctx.events, ctx.gateway.policy.current(), { trigger: 'cli', actor: cliActor(), dryRun: values['dry-run'] });
  if (values.json) console.log(JSON.stringify(result));
  else {
    console.log(`${result.dryRun ? 'Proefdraai / dry run: zou / would ' : ''}inhoud gewist / content erased: ${result.contentErased}, records verwijderd / deleted: ${result.metadataDeleted}, vastgehouden / held back: ${result.heldBack}`);
    for (const [uc, r] of Object.entries(result.perUseCase)) console.log(`  ${uc}: inhoud/content ${r.contentErased} (${r.contentDays} d), metadata ${r.metadataDeleted} (${r.metadataDays} d), vastgehouden/held ${r.heldBack}`);
    if (!result.dryRun) console.log(`Purge ${result.id} vastgelegd / recorded.`);
  }
  return 0;
}

export function holdCommand(ctx: AppContext, args: string[]): number {
  const holds = createHoldStore(ctx.db, ctx.events);
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { 'use-case': { type: 'string' }, interaction: { type: 'string' }, reason: { type: 'string' }, all: { type: 'boolean' } } });
  switch (action) {
    case 'place': {
      const scope = values['use-case'] ? 'use_case' : values.interaction ? 'interaction' : undefined;
      const target = values['use-case'] ?? values.interaction;
      if (!scope || !target || !values.reason) return usage();
      if (scope === 'use_case' && !ctx.gateway.policy.current().useCase(target)) {
        console.error(`Onbekende use case / unknown use case: ${target}`);
        return 2;
      }
      const hold = holds.place({ scope, target, reason: values.reason, by: cliActor() });
      console.log(`Bewaarplicht geplaatst / legal hold placed: ${hold.id} (${scope} ${target})`);
      console.log(hold.id);
      return 0;
    }
    case 'list': {
      const rows = holds.list(!values.all);
      if (rows.length === 0) console.log('Geen bewaarplichten / no legal holds.');
      for (const h of rows) console.log(`${h.id}  ${h.scope}=${h.target}  sinds/since ${h.placedAt} door/by ${h.placedBy}  reden/reason: ${h.reason}${h.releasedAt ? `  OPGEHEVEN/RELEASED ${h.releasedAt}` : ''}`);
      return 0;
    }
    case 'release': {
      const [id] = positionals;
      if (!id) return usage();
      const released = holds.release(id, cliActor());
      if (!released) {
        console.error(`Geen actieve bewaarplicht / no active legal hold: ${id}`);
        return 1;
      }
      console.log(`Opgeheven / released: ${id}`);
      return 0;
    }
    default:
      return usage();
  }
}

function usage(): number {
  console.error('Gebruik / usage: hold place (--use-case ID | --interaction ID) --reason TEKST | hold list [--all] | hold release <id>');
  return 2;
}
