/** `keys create|list|revoke`: the new key alone on the last line of stdout, so scripts can take it. */
import { parseArgs } from 'node:util';
import type { Policy } from '../policy/index.js';
import type { KeyStore } from '../store/keys.js';

export function keysCommand(keys: KeyStore, args: string[], policy: Policy): number {
  const [action, ...rest] = args;
  switch (action) {
    case 'create': {
      const { values } = parseArgs({
        args: rest,
        options: { app: { type: 'string' }, department: { type: 'string' }, role: { type: 'string' }, 'use-case': { type: 'string', multiple: true } },
      });
      if (!values.app) return usage('keys create --app NAME [--department D] [--use-case ID ...] [--role app|governance]');
      // Comma-separated or repeated; the first is the key's default.
      const useCases = (values['use-case'] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      const unknown = useCases.filter((id) => !policy.useCase(id));
      if (unknown.length) return usage(`onbekende use case(s) / unknown use case(s): ${unknown.join(', ')}; bekend / known: ${[...policy.useCases.keys()].join(', ')}`);
      const role = values.role ?? 'app';
      if (role !== 'app' && role !== 'governance') return usage('--role moet app of governance zijn / must be app or governance');
      const { key, record } = keys.create({ app: values.app, department: values.department, role, useCases });
      const bound = record.useCases.length ? record.useCases.join(', ') : `${policy.defaults.useCase ?? '-'} (standaard / default)`;
      console.log(`Sleutel aangemaakt voor / key created for app "${record.app}"${record.department ? ` (${record.department})` : ''}, id ${record.id}, use case(s): ${bound}.`);
      console.log('Bewaar hem nu: hij wordt niet opnieuw getoond / Store it now: it is not shown again.');
      console.log(key);
      return 0;
    }
    case 'list': {
      const rows = keys.list();
      if (rows.length === 0) console.log('Geen sleutels / no keys.');
      for (const k of rows) {
        console.log(`${k.prefix}…  ${k.id}  app=${k.app}  department=${k.department ?? '-'}  use-cases=${k.useCases.join(',') || '-'}  role=${k.role}  created=${k.createdAt}  ${k.revokedAt ? `INGETROKKEN/REVOKED ${k.revokedAt}` : 'actief/active'}`);
      }
      return 0;
    }
    case 'revoke': {
      const [target] = rest;
      if (!target) return usage('keys revoke <id|prefix>');
      const revoked = keys.revoke(target.replace(/…$/, ''));
      if (!revoked) {
        console.error(`Geen sleutel gevonden / no key found: ${target}`);
        return 1;
      }
      console.log(`Ingetrokken / revoked: ${revoked.prefix}… (${revoked.app})`);
      return 0;
    }
    default:
      return usage('keys create|list|revoke');
  }
}

function usage(text: string): number {
  console.error(`Gebruik / usage: ${text}`);
  return 2;
}
