/** IP addresses, v4 (octets 0–255) and v6 (candidates checked with node:net). */
import { isIPv6 } from 'node:net';
import type { Recognizer } from '../types.js';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

export const ipRecognizer: Recognizer = {
  name: 'ip_address',
  type: 'IP_ADRES',
  patterns: [
    {
      name: 'ipv4',
      regex: new RegExp(String.raw`(?<![\p{L}\p{N}_.:])${OCTET}(?:\.${OCTET}){3}(?![\p{L}\p{N}_:]|\.\p{N})`, 'gu'),
      score: 0.6,
    },
    {
      name: 'ipv6',
      regex: /(?<![\p{L}\p{N}_:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\p{L}\p{N}_:])/gu,
      score: 0.75,
    },
  ],
  validate: (v) => (v.includes(':') ? isIPv6(v) && (v.match(/:/g)?.length ?? 0) >= 2 && /[0-9A-Fa-f]{2}/.test(v) : true),
  context: ['ip', 'ip-adres', 'ipadres', 'ip adres', 'ip-address', 'ip address', 'ipv4', 'ipv6', 'server', 'inlog', 'login', 'host'],
  contextBoost: 0.3,
};
