/** `dsr find|export|erase`: data-subject requests for one user, by pseudonym or by raw user id + app key id. */
import { parseArgs } from 'node:util';
import { eraseSubject, exportSubject, findSubject, resolvePseudonym } from '../oversight/dsr.js';
import type { AppContext } from '../routes/context.js';
import { cliActor } from './purge.js';

const USAGE = 'dsr find|export|erase (--pseudonym P | --user ID --key KEY_ID) [--reason TEKST]';

export function dsrCommand(ctx: AppContext, args: string[]): number {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { pseudonym: { type: 'string' }, user: { type: 'string' }, key: { type: 'string' }, reason: { type: 'string' } } });
  const pseudonym = resolvePseudonym({ pseudonym: values.pseudonym, user: values.user, keyId: values.key });
  if (!pseudonym) {
    console.error(`Gebruik / usage: ${USAGE}`);
    return 2;
  }
  switch (action) {
    case 'find': {
      const r = findSubject(ctx.db, pseudonym);
      console.log(`Pseudoniem / pseudonym ${pseudonym}: ${r.interactions.length} interacties / interactions, ${r.feedback.length} feedback, ${r.incidents.length} meldingen / incidents`);
      for (const i of r.interactions) console.log(`  ${i.id}  ${i.started_at}  ${i.use_case}  ${i.outcome}${i.content_erased_at ? '  (inhoud gewist / content erased)' : ''}`);
      return 0;
    }
    case 'export': {
      for (const line of exportSubject(ctx.db, ctx.events, pseudonym, cliActor())) process.stdout.write(line);
      return 0;
    }
    case 'erase': {
      if (!values.reason) {
        console.error('--reason is verplicht / required (bijv. "AVG art. 17 verzoek 2025-041")');
        return 2;
      }
      const r = eraseSubject(ctx.db, ctx.events, pseudonym, cliActor(), values.reason);
      console.log(`Inhoud gewist / content erased: ${r.contentErased} interacties, ${r.feedbackCommentsErased} feedback-opmerkingen; vastgehouden (bewaarplicht) / held back: ${r.heldBack}`);
      return 0;
    }
    default:
      console.error(`Gebruik / usage: ${USAGE}`);
      return 2;
  }
}
