/** `audit verify|head|events`: check both hash chains; print the heads (to anchor elsewhere); list audit events. */
import { parseArgs } from 'node:util';
import { verifyChains } from '../oversight/verify.js';
import type { AppContext } from '../routes/context.js';
import type { EventKind } from '../store/events.js';

export function auditCommand(ctx: AppContext, args: string[]): number {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' }, kind: { type: 'string' }, limit: { type: 'string' } } });
  switch (action) {
    case 'verify': {
      const report = verifyChains(ctx.db.$client);
      if (values.json) console.log(JSON.stringify(report, null, 2));
      else {
        const i = report.interactions;
        console.log(`Interacties / interactions: ${i.records} records, ${i.tombstones} grafstenen / tombstones (gepurgeerd / purged), kop / head seq ${i.head?.seq ?? 0}`);
        console.log(`Gebeurtenissen / audit events: ${report.events.records}, kop / head seq ${report.events.head?.seq ?? 0}`);
        if (report.ok) console.log('OK: beide ketens zijn intact / both chains verify.');
        else console.log(`FOUT / FAILED (${report.problem!.chain}, ${report.problem!.kind}${report.problem!.id ? `, ${report.problem!.id}` : ''}${report.problem!.seq !== null ? `, seq ${report.problem!.seq}` : ''}): ${report.problem!.message}`);
      }
      return report.ok ? 0 : 1;
    }
    case 'head': {
      // Anchor these outside the database (a ticket, a signed e-mail): a rewritten chain then shows.
      const heads = { at: new Date().toISOString(), interactions: ctx.interactions.head(), audit_events: ctx.events.head() };
      console.log(JSON.stringify(heads));
      return 0;
    }
    case 'events': {
      const rows = ctx.events.list({ kind: values.kind as EventKind | undefined, limit: values.limit ? Number(values.limit) : 50 });
      for (const e of rows) console.log(JSON.stringify(e));
      return 0;
    }
    default:
      console.error('Gebruik / usage: audit verify [--json] | audit head | audit events [--kind K] [--limit N]');
      return 2;
  }
}
