/** Turns zod issues into `PolicyIssue`s: a readable path (`use_cases[2].risk_class`) and Dutch + English text. */
import type { z } from 'zod';
import type { PolicyIssue } from './errors.js';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

function kindOf(value: unknown): { nl: string; en: string } {
  if (value === undefined) return { nl: 'niets', en: 'nothing' };
  if (value === null) return { nl: 'een lege waarde', en: 'an empty value' };
  if (Array.isArray(value)) return { nl: 'een lijst', en: 'a list' };
  switch (typeof value) {
    case 'string': return { nl: 'tekst', en: 'text' };
    case 'number': return { nl: 'een getal', en: 'a number' };
    case 'boolean': return { nl: 'true/false', en: 'true/false' };
    case 'object': return { nl: 'een object', en: 'an object' };
    default: return { nl: typeof value, en: typeof value };
  }
}

const EXPECTED: Record<string, { nl: string; en: string }> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een object (sleutel: waarde)', en: 'an object (key: value)' },
  record: { nl: 'een object (sleutel: waarde)', en: 'an object (key: value)' },
};

/** Names the deepest list element on the path that has an id: `use case "x"` / `rule "y"`. */
function itemOf(root: unknown, path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== 'number' || i === path.length - 1) continue;
    const item = valueAt(root, path.slice(0, i + 1));
    const itemId = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof itemId !== 'string') continue;
    const list = path[i - 1];
    const kind = list === 'use_cases' ? 'use case' : list === 'rules' ? 'regel/rule' : String(list);
    return `${kind} "${itemId}"`;
  }
  return undefined;
}

export function translateIssue(file: string, root: unknown, issue: z.core.$ZodIssue): PolicyIssue {
  let path = [...issue.path];
  let nl: string;
  let en: string;
  switch (issue.code) {
    case 'invalid_type': {
      const got = kindOf(valueAt(root, path));
      const want = EXPECTED[issue.expected] ?? { nl: issue.expected, en: issue.expected };
      if (got.en === 'nothing') {
        nl = `ontbreekt (verplicht veld, verwacht ${want.nl})`;
        en = `is missing (required field, expected ${want.en})`;
      } else {
        nl = `verwacht ${want.nl}, maar gevonden: ${got.nl}`;
        en = `expected ${want.en}, but found ${got.en}`;
      }
      break;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v)).join(', ');
      const got = valueAt(root, path);
      nl = `"${String(got)}" is niet toegestaan; kies uit: ${options}`;
      en = `"${String(got)}" is not allowed; choose from: ${options}`;
      break;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      if (issue.keys.length === 1) path = [...path, issue.keys[0]];
      nl = `onbekend veld ${keys} (tikfout?)`;
      en = `unknown field ${keys} (typo?)`;
      break;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') { nl = 'mag niet leeg zijn'; en = 'must not be empty'; }
      else if (issue.origin === 'array') { nl = `moet minstens ${min} element(en) bevatten`; en = `must contain at least ${min} item(s)`; }
      else { nl = `moet minstens ${min} zijn`; en = `must be at least ${min}`; }
      break;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      nl = `mag hoogstens ${max} zijn`;
      en = `must be at most ${max}`;
      break;
    }
    case 'invalid_union': {
      const got = kindOf(valueAt(root, path));
      nl = `heeft niet de juiste vorm (gevonden: ${got.nl})`;
      en = `does not have the right shape (found: ${got.en})`;
      break;
    }
    case 'invalid_key': {
      nl = 'ongeldige sleutel';
      en = 'invalid key';
      const inner = issue.issues[0];
      if (inner && inner.code === 'custom' && inner.params) {
        nl = `ongeldige sleutel: ${String(inner.params.nl)}`;
        en = `invalid key: ${String(inner.params.en)}`;
      }
      break;
    }
    case 'custom': {
      const params = issue.params as { nl?: string; en?: string } | undefined;
      nl = params?.nl ?? issue.message;
      en = params?.en ?? issue.message;
      break;
    }
    default:
      nl = issue.message;
      en = issue.message;
  }
  return { file, path: formatPath(path), item: itemOf(root, path), nl, en };
}
