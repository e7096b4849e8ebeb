import { describe, expect, it } from 'vitest';
import { defaultRecognizers } from '../../src/pii/index.js';
import { NumberWindows, WINDOWED_MIN_DIGITS, scanNumberWindows } from '../../src/pii/scan.js';

/** Whole-text scan, as the analyzer does it without windows. */
function wholeScan(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m.index, m.index + m[0].length);
  }
  re.lastIndex = 0;
  return out;
}

const windowed = defaultRecognizers.flatMap((r) => (r.patterns ?? []).filter((p) => (p.minDigits ?? 0) >= WINDOWED_MIN_DIGITS));

describe('shared number windows', () => {
  it('are used by the long-number patterns', () => {
    expect(windowed.map((p) => p.name).sort()).toEqual(
      ['bsn_9_digits', 'card_number', 'driving_licence_10_digits', 'kvk_8_digits', 'phone_international', 'phone_national', 'rsin_9_digits'].sort(),
    );
  });

  it('give every windowed pattern exactly the matches of a whole-text scan (random number-heavy text)', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ['0', '1', '2', '3', '4', '5', '6', '7', '9', ' ', ' ', '.', '-', '(', ')', '+', '/', ',', 'a', 'B', 'NL', 'tel ', '\n', '06', '+31', '0031', '(0)', '123456782', '4111 1111 1111 1111', '  '];
    for (let k = 0; k < 400; k++) {
      let text = '';
      const len = 20 + Math.floor(rnd() * 400);
      while (text.length < len) text += rnd() < 0.1 ? ' woord '.repeat(1 + Math.floor(rnd() * 60)) : pieces[Math.floor(rnd() * pieces.length)];
      const nw = new NumberWindows(text);
      for (const p of windowed) {
        const got: number[] = [];
        scanNumberWindows(nw, p.regex, got);
        expect(got, `${p.name} on ${JSON.stringify(text)}`).toEqual(wholeScan(p.regex, text));
      }
    }
  });
});
