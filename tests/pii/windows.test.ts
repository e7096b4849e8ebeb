import { describe, expect, it } from 'vitest';
import { defaultRecognizers, type PatternDef } from '../../src/pii/index.js';
import { Offsets } from '../../src/pii/offsets.js';
import { DASHED, findDashedPlates } from '../../src/pii/recognizers/licence-plate.js';
import { WINDOWED_MIN_DIGITS, type Windows, letterDigitWindows, numberWindows, scanWindows } from '../../src/pii/scan.js';

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

const patterns = defaultRecognizers.flatMap((r) => r.patterns ?? []);
const windowed = patterns.filter((p) => (p.minDigits ?? 0) >= WINDOWED_MIN_DIGITS);
const letterDigit = patterns.filter((p) => p.letterDigit === true);

/** Every pattern, scanned in the windows of each text, finds exactly what a whole-text scan finds. */
function expectWholeTextMatches(texts: string[], windowsOf: (text: string) => Windows, pats: PatternDef[]): void {
  for (const text of texts) {
    const w = windowsOf(text);
    for (const p of pats) {
      const got = new Offsets();
      scanWindows(w, p.regex, got, p.minDigits ?? 0);
      expect(got.toArray(), `${p.name} on ${JSON.stringify(text)}`).toEqual(wholeScan(p.regex, text));
    }
  }
}

/** Random text from `pieces`, with stretches of plain words between them. */
function randomTexts(pieces: string[], count: number): string[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const len = 20 + Math.floor(rnd() * 400);
    while (text.length < len) text += rnd() < 0.1 ? ' woord '.repeat(1 + Math.floor(rnd() * 60)) : pieces[Math.floor(rnd() * pieces.length)];
    out.push(text);
  }
  return out;
}

describe('shared number windows', () => {
  it('are used by the long-number patterns', () => {
    expect(windowed.map((p) => p.name).sort()).toEqual(
      ['bsn_9_digits', 'btw_be', 'btw_nl', 'card_number', 'digits', 'driving_licence_10_digits', 'kvk_8_digits', 'nine_digits', 'personal_number', 'phone_international', 'phone_national', 'printed', 'pt_citizen_card', 'rsin_9_digits'].sort(),
    );
  });

  it('give every windowed pattern exactly the matches of a whole-text scan (random number-heavy text)', () => {
    const pieces = ['0', '1', '2', '3', '4', '5', '6', '7', '9', ' ', ' ', '.', '-', '(', ')', '+', '/', ',', 'a', 'B', 'NL', 'nl', 'NL ', 'B01', 'b', 'tel ', '\n', '06', '+31', '0031', '(0)', '123456782', '8123.45.678', '4111 1111 1111 1111', '592-4418763-12', '85.07.30-033.28', '12345678Z', 'X-1234567-L', 'Y 1234567 X', 'NL 8984 1235 9 B01', '14827306 8 ZX2', '710319/2745', '380512/123', '161175-19997', '2 95 10 99 126 111 93', '19811218-9876', '131052-308T', '6433435FA', '1237 010180', '756.9217.0769.85', '  '];
    expectWholeTextMatches(randomTexts(pieces, 400), numberWindows, windowed);
  });
});

describe('shared letter-digit windows', () => {
  it('are used by the undashed licence plate and the ID document numbers', () => {
    expect(letterDigit.map((p) => p.name).sort()).toEqual(['codice_fiscale', 'digits_and_letters', 'hetu_letter_century', 'interleaved_code', 'letters_and_digits', 'national_insurance', 'nl_document_number', 'pan_or_tin', 'plate_compact', 'spaced_series']);
  });

  it('give every such pattern exactly the matches of a whole-text scan (random plate-like text)', () => {
    const pieces = ['A', 'B', 'Z', 'G', 'X', 'O', '1', '2', '9', '0', 'GZ219K', '12ABC3', 'AB1234', 'ABCDEF', '123456', 'NW3BR7KD1', 'W4FK82L06', 'IRF83LK5D', 'CFR 482913', 'N 012478536', 'BSN 1', 'SPECI2014', 'ABCDEFGH1', 'RSSMRA85T10A562S', 'MRTMTT91D08F20', 'XR12', '010203A1230', 'AB 12 34 56 C', 'JG103759A', '184627KL', 'ARMPK4821F', 'P0047182652', '-', ' ', ' ', 'a', 'é', '.', 'kenteken ', 'paspoort ', '\n'];
    expectWholeTextMatches(randomTexts(pieces, 600), letterDigitWindows, letterDigit);
  });
});

describe('dashed licence plates found from the dashes', () => {
  it('give exactly the matches of their reference expression (random plate-like text)', () => {
    const pieces = ['A', 'B', 'Z', '1', '2', '9', '-', '-', '--', 'GZ-219-K', '12-ABC-3', 'AB-12-CD', '1-ABC-23', 'é', ' ', '\n', 'a', '.', 'kenteken '];
    for (const text of randomTexts(pieces, 600)) {
      const got: number[] = [];
      findDashedPlates(text, { add: (s, e) => got.push(s, e) });
      expect(got, JSON.stringify(text)).toEqual(wholeScan(DASHED, text));
    }
  });
});
