/**
 * Random search for inputs the PII engine reads in more than linear time (a plain tsx script that prints what it
 * finds; not a test). bench/pii.ts times inputs someone thought of; this one tries units nobody did: a few tokens
 * drawn at random (brackets, separators, capitals, name and street words, labels, digits), each repeated to
 * 128 KiB and to 512 KiB. A unit whose 4× longer text takes more than 6× as long (and over 40 ms) grows faster
 * than its length; one over 50 ms at 512 KiB is slow. Both are printed with their timings.
 * Three such units were found this way, each a read that went back to the text's start or on to its end from
 * every hit ("] ", "KvK", "Jansen, Ilse; "); bench/pii.ts now times them too.
 * Run: npm run bench:pii:fuzz [-- seed units]   (defaults 1 and 300; a run takes some minutes)
 */
import { createAnalyzer } from '../src/pii/index.js';

const TOKENS = [
  ' ', ']', '[', '(', ')', ':', ',', ';', '|', '\t', '\n', '.', '-', '@', '/', "'", 'A', 'a', '1', '12', 'J.', 'Jan', 'jan',
  'van', 'de', 'Naam:', 'geb.', 'BSN', 'Jansen', 'Kerkstraat', 'NL', 'mw', 'Beste', 'ÉÀ', 'Ж', '06', '+31', 'en', 'heet',
  'ik ben', '10:01', 'Bezoeker:', 'KvK', '€', 'Postbus', 'AB', 'straat', 'x',
];
const SMALL = 128 * 1024;
const LARGE = 512 * 1024;

const seedArg = Number(process.argv[2] ?? 1);
const units = Number(process.argv[3] ?? 300);
// a small linear congruential generator: the same seed draws the same units on every machine
let state = seedArg;
const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const analyzer = createAnalyzer({ timeBudgetMs: 120_000 });
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Best of two runs, in milliseconds (the machine is shared). */
function time(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    analyzer.analyze(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

console.log(`PII fuzz: ${units} random units (seed ${seedArg}), each at ${SMALL / 1024} and ${LARGE / 1024} KiB`);
let flagged = 0;
for (let k = 0; k < units; k++) {
  const length = 1 + Math.floor(random() * 4);
  let unit = '';
  for (let i = 0; i < length; i++) unit += TOKENS[Math.floor(random() * TOKENS.length)];
  const small = time(fill(unit, SMALL));
  const large = time(fill(unit, LARGE));
  const superlinear = large > 40 && large / Math.max(small, 0.5) > 6;
  if (superlinear || large > 50) {
    flagged++;
    console.log(`  ${superlinear ? 'grows faster than its length' : 'slow'}  ${JSON.stringify(unit).padEnd(24)} ${small.toFixed(1).padStart(8)} ms  ${large.toFixed(1).padStart(8)} ms`);
  }
}
console.log(`${flagged} of ${units} units flagged`);
