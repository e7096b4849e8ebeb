/**
 * IP addresses. IPv4: four dotted octets 0–255. IPv6: anchored on ':' (rare in text), the surrounding run
 * of hex digits and colons checked with node:net.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Found, Recognizer } from '../types.js';

const V4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;
const WORDISH = /[A-Za-z0-9_\u00C0-\u017F]/;
const HEXCOLON = /[0-9A-Fa-f:]/;

function findIps(text: string, found: Found): void {
  V4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = V4.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    const before = text[s - 1] ?? '';
    const after = text[e] ?? '';
    const after2 = text[e + 1] ?? '';
    if ((before && (WORDISH.test(before) || before === '.' || before === ':')) || WORDISH.test(after) || after === ':' || (after === '.' && /\d/.test(after2))) continue;
    if (isIPv4(m[0])) found.add(s, e, 0.6);
  }
  let c = text.indexOf(':');
  while (c !== -1) {
    let s = c;
    let e = c + 1;
    while (s > 0 && c - s < 40 && HEXCOLON.test(text[s - 1])) s--;
    while (e < text.length && HEXCOLON.test(text[e])) e++; // to the end of the run: each char visited once
    const cand = e - s <= 39 ? text.slice(s, e) : '';
    const ok =
      cand !== '' &&
      !(s > 0 && WORDISH.test(text[s - 1])) && !(e < text.length && WORDISH.test(text[e])) &&
      (cand.match(/:/g)?.length ?? 0) >= 2 && /[0-9A-Fa-f]{2}/.test(cand) && isIPv6(cand);
    if (ok) found.add(s, e, 0.75);
    c = text.indexOf(':', e);
  }
}

export const ipRecognizer: Recognizer = {
  name: 'ip_address',
  type: 'IP_ADRES',
  find: findIps,
  context: ['ip', 'ip-adres', 'ipadres', 'ip adres', 'ip-address', 'ip address', 'ipv4', 'ipv6', 'server', 'inlog', 'login', 'host'],
  contextBoost: 0.3,
};
