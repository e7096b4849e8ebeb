/**
 * Restores placeholders in a stream of text fragments. It holds back only a tail that could still become
 * a placeholder ("[", "[PERS", "[PERSOON_1"), never more, so time to first token does not grow.
 */
import { ENTITY_TYPES } from './types.js';

export interface StreamRestorer {
  /** Adds a fragment; returns the text that is safe to pass on now (restored). */
  push(fragment: string): string;
  /** Returns whatever is still held back (the stream ended). */
  flush(): string;
}

const TYPE_PREFIXES = ENTITY_TYPES.map((t) => `[${t}_`);
/** Longest possible placeholder: "[" + longest type + "_" + 6 digits + "]". */
const MAX_PLACEHOLDER = Math.max(...TYPE_PREFIXES.map((p) => p.length)) + 7;

/** Could `tail` (starting with '[') still grow into a placeholder? */
export function isPlaceholderPrefix(tail: string): boolean {
  if (tail.length > MAX_PLACEHOLDER) return false;
  for (const p of TYPE_PREFIXES) {
    if (tail.length <= p.length) {
      if (p.startsWith(tail)) return true;
    } else if (tail.startsWith(p)) {
      return /^\d{1,6}$/.test(tail.slice(p.length));
    }
  }
  return false;
}

/** Index from which `text` must be held back, or text.length when nothing needs holding. */
export function holdFrom(text: string): number {
  const from = Math.max(0, text.length - MAX_PLACEHOLDER);
  let i = text.lastIndexOf('[');
  while (i >= from) {
    if (isPlaceholderPrefix(text.slice(i))) return i;
    if (i === 0) break;
    i = text.lastIndexOf('[', i - 1);
  }
  return text.length;
}

export function createStreamRestorer(restore: (text: string) => string): StreamRestorer {
  let held = '';
  return {
    push(fragment: string): string {
      const text = held + fragment;
      const cut = holdFrom(text);
      held = text.slice(cut);
      return restore(text.slice(0, cut));
    },
    flush(): string {
      const rest = held;
      held = '';
      return restore(rest);
    },
  };
}
