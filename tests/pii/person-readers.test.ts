import { describe, expect, it } from 'vitest';
import { joinedBy } from '../../src/pii/recognizers/person-context.js';
import { initialsEnd } from '../../src/pii/recognizers/person-tokens.js';
import { LO, UP } from '../../src/pii/recognizers/person-words.js';

// The person finder reads these in place, by char code; the regular expressions they replaced are the reference.
const INITIALS = new RegExp(`(?:[${UP}][${LO}]?\\.[ ]?){1,6}`, 'y');
const JOINER = /^(?:,? (?:en|of|and|&|und|et) |, )$/;

/** Random strings over characters at and around the edges of the classes involved. */
function randomTexts(alphabet: string[], count: number, maxLength: number): string[] {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = Math.floor(rnd() * maxLength);
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('person finder readers', () => {
  it('reads initials exactly as /(?:[UP][LO]?\\.[ ]?){1,6}/y matches them', () => {
    const edges = [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8, 0xde, 0xdf, 0xf6, 0xf7, 0xf8, 0xff, 0x100, 0x17f, 0x180, 0x21b, 0x24f, 0x250, 0x2ff, 0x300, 0x36f, 0x370, 0x1dff, 0x1e00, 0x1eff, 0x1f00];
    const alphabet = [...edges.map((c) => String.fromCharCode(c)), '.', '.', '.', ' ', ' ', 'P', 'j', '\u00a0', '-'];
    let matched = 0;
    for (const s of randomTexts(alphabet, 20_000, 16)) {
      for (let pos = 0; pos < Math.min(s.length, 3); pos++) {
        INITIALS.lastIndex = pos;
        const m = INITIALS.exec(s);
        expect(initialsEnd(s, pos), JSON.stringify([s, pos])).toBe(m ? pos + m[0].length : -1);
        if (m) matched++;
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it('tests the gap between two names exactly as the joiner expression does', () => {
    const alphabet = [',', ' ', ' ', ' ', 'e', 'n', 'o', 'f', 'a', 'd', 'u', 't', '&', 'x', '.', '\n'];
    const cases = [...randomTexts(alphabet, 50_000, 8), ', ', ' en ', ', en ', ' of ', ' & ', ', und ', ' et ', ' and ', ',', ' ', '  ', ',  ', ' en', 'en ', ' ,en '];
    let joined = 0;
    for (const s of cases) {
      const text = `Jan${s}Piet`;
      expect(joinedBy(text, 3, 3 + s.length), JSON.stringify(s)).toBe(JOINER.test(s));
      if (JOINER.test(s)) joined++;
    }
    expect(joined).toBeGreaterThan(50);
  });
});
