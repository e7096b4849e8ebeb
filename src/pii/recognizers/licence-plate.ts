/**
 * Dutch licence plates, sidecodes 1–14 (validated with the license-plate package), and Belgian ones ("1-KVD-472");
 * undashed only with context. Plates of other countries right next to the word "kenteken" (or its German and English
 * names): "Pools kenteken WE 4821K", "CA 4172 PB (Bulgaars kenteken)".
 */
import licensePlateModule from 'license-plate';
import type { Found, Recognizer } from '../types.js';
import { LOWER_CASE_UP_TO, writtenInLowerCase } from './lower-case-text.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

// The package is CommonJS with an ES-module-style default export: unwrap it under Node's ESM loader.
const LicensePlate = ((licensePlateModule as unknown as { default?: typeof licensePlateModule }).default ?? licensePlateModule) as unknown as new (plate: string) => { valid(): boolean; pretty(): string };

// Every sidecode is three groups of 1–3 letters or digits joined by dashes; license-plate checks which. The
// reference findDashedPlates is held to (tests/pii/windows.test.ts).
export const DASHED = new RegExp(`[A-Z0-9](?<![${ALNUM}\\-][A-Z0-9])[A-Z0-9]{0,2}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![${ALNUM}]|-[${ALNUM}])`, 'g');
// Six plate characters, a capital next to a digit among them (validPlate wants both): so the analyzer
// runs it only around capital-digit pairs (letterDigit), not over every capital and digit of the text.
const COMPACT = new RegExp(`[A-Z0-9](?<![${ALNUM}\\-][A-Z0-9])[A-Z0-9]{5}(?![${ALNUM}\\-])(?<=(?:[A-Z][0-9]|[0-9][A-Z])[A-Z0-9]{0,4})`, 'g');

/** [A-Z0-9] */
const isPlateChar = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** [a-z0-9] */
const isLowerPlateChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** ALNUM of shared.ts: digits, ASCII letters, Latin-1 letters (not × ÷), Latin Extended-A. */
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);

/**
 * The matches of DASHED, found from the dashes (indexOf, far cheaper than a regular-expression scan that
 * stops at every capital and digit). Each match has its first dash after 1–3 plate characters that are
 * not glued to a letter, digit or dash; then 2–3 plate characters, a dash, and 1–3 plate characters not
 * followed by a letter, a digit, or a dash and a letter or digit. Same matches, same order as the scan.
 * With `lower`, the same in lower case ("zr-660-f"): plate characters are a-z and digits, a match holds a letter,
 * and scores lowerCaseScore().
 */
export function findDashedPlates(text: string, found: Found, lower = false): void {
  const isChar = lower ? isLowerPlateChar : isPlateChar;
  const n = text.length;
  let from = 0;
  for (let d = text.indexOf('-'); d !== -1; d = text.indexOf('-', Math.max(d + 1, from))) {
    if (d < from) continue;
    // 1–3 plate characters before the dash, the run not glued to ALNUM or '-'
    let s = d;
    while (s > from && d - s < 4 && isChar(text.charCodeAt(s - 1))) s--;
    const r = d - s;
    if (r === 0 || r > 3) continue;
    if (s > 0) {
      const b = text.charCodeAt(s - 1);
      if (isAlnum(b) || b === 45) continue;
    }
    // 2–3 plate characters, a dash
    let m = d + 1;
    while (m < n && m - d - 1 < 3 && isChar(text.charCodeAt(m))) m++;
    const mid = m - d - 1;
    if (mid < 2 || text.charCodeAt(m) !== 45) continue;
    // 1–3 plate characters, then not ALNUM and not '-' + ALNUM
    let e = m + 1;
    while (e < n && e - m - 1 < 4 && isChar(text.charCodeAt(e))) e++;
    const last = e - m - 1;
    if (last === 0 || last > 3) continue;
    if (e < n) {
      const a = text.charCodeAt(e);
      if (isAlnum(a) || (a === 45 && e + 1 < n && isAlnum(text.charCodeAt(e + 1)))) continue;
    }
    if (lower && !hasLowerLetter(text, s, e)) continue;
    found.add(s, e, lower ? lowerCaseScore(text, e) : 0.75);
    from = e;
  }
}

/** A Belgian plate (since 2010: a digit, three letters, three digits), as border municipalities see them. */
const BELGIAN = /^[1-9]-[A-Z]{3}-\d{3}$/;

export function validPlate(written: string): boolean {
  // (plates in lower case come from chats and hurried notes; the sidecodes are in capitals)
  const value = written.toUpperCase();
  if (BELGIAN.test(value)) return true;
  const compact = value.replace(/-/g, '');
  if (!/[A-Z]/.test(compact) || !/\d/.test(compact)) return false;
  try {
    const plate = new LicensePlate(compact) as { valid(): boolean; pretty(): string };
    // dashes, when written, must sit where the sidecode puts them
    return plate.valid() && (!value.includes('-') || plate.pretty() === value);
  } catch {
    return false;
  }
}

const CONTEXT = ['kenteken', 'kentekenplaat', 'nummerbord', 'auto', 'voertuig', 'wagen', 'bestelbus', 'busje', 'motor', 'scooter', 'brommer', 'aanhanger', 'parkeervergunning', 'parkeren', 'geparkeerd', 'rdw', 'licence plate', 'license plate', 'car', 'vehicle'];

function hasLowerLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Dashed plates in lower case too ("vp-772-h"), validated as if written in capitals: taken as they are in a text
 * written in lower case (lower-case-text.ts) or at a line's end, elsewhere next to a context word only ("kenteken
 * zr-660-f" in a chat).
 */
function findPlates(text: string, found: Found): void {
  findDashedPlates(text, found);
  if (text.length <= LOWER_CASE_UP_TO) findDashedPlates(text, found, true);
}
/** A plate in lower case ending at `end`: as sure as one in capitals at a line's end or in a text written in lower case. */
function lowerCaseScore(text: string, end: number): number {
  const endsLine = end === text.length || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13;
  return endsLine || writtenInLowerCase(text) ? 0.75 : 0.35;
}

/** Dashed plates: found anywhere (context raises the score). */
export const licencePlateRecognizer: Recognizer = {
  name: 'nl_licence_plate',
  type: 'KENTEKEN',
  prefilter: HAS_DIGIT,
  // DASHED, found from the dashes (findDashedPlates: same matches, no whole-text scan); in lower case in a text
  // written so
  find: findPlates,
  validate: validPlate,
  // license-plate builds an object and tries every sidecode per candidate: 1 MiB of plates took 95 ms
  maxValidations: 512,
  context: CONTEXT,
  contextBoost: 0.2,
};

/** Plates written without dashes ("GZ219K"): only next to a context word. */
export const compactLicencePlateRecognizer: Recognizer = {
  name: 'nl_licence_plate_compact',
  type: 'KENTEKEN',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'plate_compact', regex: COMPACT, score: 0.2, letterDigit: true }],
  validate: validPlate,
  maxValidations: 512,
  context: CONTEXT,
  contextBoost: 0.6,
  contextRequired: true,
};

/**
 * The word for a plate ("kenteken", "Kennzeichen", "licence plate"): a foreign plate stands right after it, or before
 * it and its country in brackets ("CA 4172 PB (Bulgaars kenteken)", not "BMW M4 (kenteken …)").
 */
const PLATE_WORD = /(?<![A-Za-z])(?:kenteken|kennzeichen|nummerplaat|licen[cs]e plate|number plate)(?![a-z])/iy;
/** Parts of those words as written capitalised or not, found with indexOf (a scan for the words themselves costs more). */
const PLATE_WORD_PARTS: readonly [part: string, back: number][] = [['enteken', 1], ['ennzeichen', 1], ['ummerplaat', 1], [' plate', 7]];
/** A plate of letters then digits, groups joined by a space or dash, a letter group after: "KLE-TL 482", "B 417 KXR". */
const FOREIGN_PLATE = `[A-Z]{1,3}(?:[- ][A-Z]{1,3})?[- ]?\\d{1,5}(?:[- ]?[A-Z]{1,3})?(?![${ALNUM}])`;
const PLATE_AFTER = new RegExp(`:? ?(${FOREIGN_PLATE})`, 'y');
const PLATE_BEFORE = new RegExp(`(?<![${ALNUM}\\-])(${FOREIGN_PLATE}) \\([A-Za-z]+ $`);
function findForeignPlates(text: string, found: Found): void {
  for (const [part, back] of PLATE_WORD_PARTS) {
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
      // "licence plate", "number plate": the word before " plate" starts up to seven characters back
      for (let s = Math.max(0, at - back); s < at; s++) {
        PLATE_WORD.lastIndex = s;
        const m = PLATE_WORD.exec(text);
        if (m !== null) foreignPlateAround(text, found, s, s + m[0].length);
      }
    }
  }
}
/** A foreign plate right after the word for a plate at [start, end), or before it with the country in brackets. */
function foreignPlateAround(text: string, found: Found, start: number, end: number): void {
  PLATE_AFTER.lastIndex = end;
  const after = text.charCodeAt(end) === 32 || text.charCodeAt(end) === 58 ? PLATE_AFTER.exec(text) : null;
  if (after !== null) found.add(PLATE_AFTER.lastIndex - after[1].length, PLATE_AFTER.lastIndex, 0.75);
  const before = PLATE_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
  if (before !== null) {
    const s = start - before[0].length;
    found.add(s, s + before[1].length, 0.75);
  }
}
/** Plates of other countries, next to the word for a plate. */
export const foreignLicencePlateRecognizer: Recognizer = {
  name: 'foreign_licence_plate',
  type: 'KENTEKEN',
  prefilter: HAS_DIGIT,
  find: findForeignPlates,
};
