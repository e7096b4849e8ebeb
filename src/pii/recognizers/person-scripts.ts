/**
 * Names in other scripts, as newcomers' files carry them next to the Latin spelling ("Naam zoals cliënt zelf
 * schrijft: رامي الحموي", "IVANOVA Desislava (Десислава Иванова)", "Name in original script: 田中 博"). In Dutch
 * municipal text a short stretch in another script is nearly always such a name: two to four words in Cyrillic or
 * Greek that each open with a capital, two to four Arabic or Hebrew words, or one to four Chinese, Japanese or Korean
 * ones, standing on their own. Longer stretches are sentences (a message quoted in Arabic) and are left.
 */
import type { Found } from '../types.js';
import { report } from './person-report.js';

const SCRIPT = '\\u0370-\\u03FF\\u0400-\\u04FF\\u0590-\\u05FF\\u0600-\\u06FF\\u3040-\\u30FF\\u3400-\\u9FFF\\uAC00-\\uD7AF';
/** A stretch of words in those scripts, one space (or a middle dot) between them. */
const STRETCH = new RegExp(`[${SCRIPT}]+(?:[ \\u00B7\\u30FB][${SCRIPT}]+)*`, 'g');
const MAX_WORDS = 4;

const isEastAsian = (c: number) => c >= 0x3040;
/** Cyrillic and Greek have capitals: a name's words open with one. */
const isCased = (c: number) => (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff);
const isCapital = (c: number) => (c >= 0x391 && c <= 0x3a9) || (c >= 0x400 && c <= 0x42f);

export function findNamesInScripts(text: string, found: Found): void {
  if (found.plain === true) return; // no other script in it: no scan
  STRETCH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRETCH.exec(text)) !== null) {
    const words = m[0].split(/[ \u00B7\u30FB]/);
    // alphabetic scripts write a name as two words or more (one word is more often "Дякую", "Ліцей", "شكرا");
    // Chinese, Japanese and Korean write a whole name as one
    if (words.length > MAX_WORDS || (words.length < 2 && !isEastAsian(m[0].charCodeAt(0)))) continue;
    // a stretch in a cased script names someone only when every word opens with a capital ("лична карта" does not)
    if (isCased(m[0].charCodeAt(0)) && !words.every((w) => isCapital(w.charCodeAt(0)))) continue;
    report(text, found, m.index, m.index + m[0].length, 0.8);
  }
  STRETCH.lastIndex = 0;
}
