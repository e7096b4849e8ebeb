/** `keys create|list|revoke`: the new key alone on the last line of stdout, so scripts can take it. */
import { parseArgs } from 'node:util';
import type { KeyStore } from '../store/keys.js';

export function keysCommand(keys: KeyStore, args: string[]): number {
  const [action, ...rest] = args;
  switch (action) {
    case 'create': {
      const { values } = parseArgs({ args: rest, options: { app: { type: 'string' }, department: { type: 'string' }, role: { type: 'string' } } });
      if (!values.app) return usage('keys create --app NAME [--department D] [--role app|governance]');
      const role = values.role ?? 'app';
      if (role !== 'app' && role !== 'governance') return usage('--role moet app of governance zijn / must be app or governance');
      const { key, record } = keys.create({ app: values.app, department: values.department, role });
      console.log(`Sleutel aangemaakt voor / key created for app "${record.app}"${record.department ? ` (${record.department})` : ''}, id ${record.id}.`);
      console.log('Bewaar hem nu: hij wordt niet opnieuw getoond / Store it now: it is not shown again.');
      console.log(key);
      return 0;
    }
    case 'list': {
      const rows = keys.list();
      if (rows.length === 0) console.log('Geen sleutels / no keys.');
      for (const k of rows) {
        console.log(`${k.prefix}…  ${k.id}  app=${k.app}  department=${k.department ?? '-'}  role=${k.role}  created=${k.createdAt}  ${k.revokedAt ? `INGETROKKEN/REVOKED ${k.revokedAt}` : 'actief/active'}`);
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
