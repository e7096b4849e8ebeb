/**
 * Rule patterns: checked for safety and compiled once at load.
 *
 * Prompts can be long (tens of thousands of characters) and policy files are written by people, so a
 * pattern that can backtrack catastrophically would let one request stall the gateway. We refuse the
 * two shapes that cause it in practice: unbounded "anything" gaps (`.*`, `.+`; use `.{0,60}` instead)
 * and nested quantifiers (`(a+)+`, `(\w+\s?)*`). Backreferences and named groups are refused because
 * a rule's patterns are joined into one alternation, which would renumber or duplicate them.
 */
import { foldDiacritics } from './normalise.js';

export interface PatternProblem {
  nl: string;
  en: string;
}

function isQuantifierAt(src: string, i: number): { unbounded: boolean; repeats: boolean } | null {
  const c = src[i];
  if (c === '*' || c === '+') return { unbounded: true, repeats: true };
  if (c === '?') return { unbounded: false, repeats: false };
  if (c === '{') {
    const m = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i));
    if (!m) return null;
    const unbounded = m[2] === ',' && m[3] === '';
    const max = m[2] === ',' ? (m[3] === '' ? Infinity : Number(m[3])) : Number(m[1]);
    return { unbounded, repeats: max > 1 };
  }
  return null;
}

/** Returns a problem if the pattern has a shape that can backtrack catastrophically, else null. */
export function unsafePattern(src: string): PatternProblem | null {
  // Group stack: does this group contain a repeating quantifier?
  const stack: boolean[] = [false];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && src[i + 2] === '<')) {
        return { nl: 'terugverwijzingen (\\1, \\k<naam>) zijn niet toegestaan', en: 'backreferences (\\1, \\k<name>) are not allowed' };
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') {
      if (src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') {
        return { nl: 'benoemde groepen (?<naam>…) zijn niet toegestaan; gebruik (?:…)', en: 'named groups (?<name>…) are not allowed; use (?:…)' };
      }
      stack.push(false);
      continue;
    }
    if (c === ')') {
      const inner = stack.pop() ?? false;
      const q = isQuantifierAt(src, i + 1);
      if (inner && q?.repeats) {
        return {
          nl: 'geneste herhaling (zoals (a+)+) kan de gateway laten vastlopen; schrijf het eenvoudiger',
          en: 'nested repetition (like (a+)+) can stall the gateway; write it more simply',
        };
      }
      if (stack.length === 0) stack.push(false);
      if (inner || q?.repeats) stack[stack.length - 1] = true;
      continue;
    }
    const q = isQuantifierAt(src, i);
    if (q?.repeats) {
      if (i > 0 && src[i - 1] === '.' && src[i - 2] !== '\\' && q.unbounded) {
        return {
          nl: `onbegrensde tussenruimte ".${c}" is niet toegestaan; gebruik een grens zoals .{0,60}`,
          en: `unbounded gap ".${c}" is not allowed; use a bound such as .{0,60}`,
        };
      }
      stack[stack.length - 1] = true;
    }
  }
  return null;
}

export interface CompiledPattern {
  source: string;
  re: RegExp;
}

/**
 * Lowercases the literal letters of a pattern, leaving escapes (`\\S`, `\\p{Lu}`, `\\u00e9`, `\\x41`)
 * alone. Case-insensitive patterns run on text that is already lowercased, so lowercasing the pattern
 * lets them run without the `i` flag, which in V8 makes a unicode regex about fifteen times slower.
 */
export function lowercasePattern(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== '\\') {
      out += c.toLowerCase();
      continue;
    }
    const next = src[i + 1] ?? '';
    let end = i + 2;
    if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && src[i + 2] === '{') {
      end = src.indexOf('}', i) + 1 || src.length;
    } else if (next === 'u') {
      end = i + 6;
    } else if (next === 'x') {
      end = i + 4;
    } else if (next === 'c') {
      end = i + 3;
    }
    out += src.slice(i, end);
    i = end - 1;
  }
  return out;
}

/**
 * Compiles one pattern; throws a PatternProblem. Case-insensitive patterns have their diacritics
 * folded and letters lowercased to match the normalised text (see normalise.ts).
 */
export function compilePattern(source: string, cased: boolean): CompiledPattern {
  const unsafe = unsafePattern(source);
  if (unsafe) throw unsafe;
  const src = cased ? source : lowercasePattern(foldDiacritics(source));
  try {
    return { source, re: new RegExp(src, 'u') };
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    throw { nl: `ongeldige reguliere expressie: ${why}`, en: `invalid regular expression: ${why}` } satisfies PatternProblem;
  }
}

/** Joins compiled patterns into one alternation, so a rule costs one regex run. */
export function joinPatterns(patterns: readonly CompiledPattern[]): RegExp | undefined {
  if (patterns.length === 0) return undefined;
  return new RegExp(patterns.map((p) => `(?:${p.re.source})`).join('|'), 'u');
}
