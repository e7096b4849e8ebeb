/** Which part of a chain of tokens is a name, and how sure: the evidence rules of the person finder. */
import { FUNCTION_WORDS, ORGANISATION_SUFFIXES, PREPOSITION_PARTICLES, surnameCores, surnames, type Cls } from './person-lexicon.js';
import { type Tok, endsInParticle } from './person-tokens.js';
import { PREPOSITIONS, STRONG_STREET_SUFFIXES, hasStrongStreetSuffix } from './shared.js';
import { infoOf } from './person-words.js';

/**
 * Capitalised nouns after a label ("Bewindvoerder: Bewindvoering Oost") or before a surname ("Bouwbedrijf
 * Hendriksen") are not names: the endings of nouns, and of organisations' names.
 */
const NOUN_SUFFIX = new RegExp(`(?:${['ing', 'heid', 'schap', 'atie', 'isme', 'teit', 'erij', 'tie', 'dienst', 'team', 'zorg', 'groep', 'huis', 'ingen', 'loket', 'punt', 'zaken', 'beheer', 'office', 'bank', 'leider', ...ORGANISATION_SUFFIXES].join('|')})$`);

/**
 * Does a capitalised particle mid-sentence open a surname with a word of class `c` after it? "Van" before anything
 * but a first name ("architect Van Ooijen"); "Te", "Ten", "Ter" before a surname or an unknown word ("Te Lintelo",
 * not "Te Koop").
 */
function capitalParticleOpensSurname(particle: string, c: Cls): boolean {
  if (particle === 'van') return c !== 'F';
  return (particle === 'te' || particle === 'ten' || particle === 'ter') && (c === 'S' || c === 'FS' || c === 'U');
}

export interface Decision {
  from: number; // token index
  to: number; // exclusive token index
  withPrefix: boolean;
  score: number;
}

/** A surname-class word among the words after `first`. */
function surnameAfter(words: number[], cls: Cls[], first: number): boolean {
  for (const i of words) if (i > first && (cls[i] === 'S' || cls[i] === 'FS')) return true;
  return false;
}

/** What comes before a chain. */
export interface ChainContext {
  /** A title or context phrase ("mevrouw", "Beste", "mijn naam is", "cliënt"). */
  trigger: boolean;
  /** …and it is a title that makes any word after it a surname ("mevrouw Bouwhuis", not "Bewindvoerder: Bewindvoering"). */
  titled: boolean;
  /** The chain opens a sentence, a line or a field ("…. ", "\n", ": ", "- "). */
  sentenceStart: boolean;
  /** …a field: it follows a colon ("Aanvrager: Fatuma Warsame"). */
  labelled: boolean;
  /** A relation comes right before it ("mijn vrouw", "zoon"): a name follows, never an organisation. */
  related: boolean;
}

export function decide(toks: Tok[], cls: Cls[], prefix: string[], ctx: ChainContext): Decision | null {
  const d = decideChain(toks, cls, prefix, ctx);
  // a surname written as an initial after the name ("Lina A.") belongs to it
  if (d !== null && d.to === toks.length - 1 && toks[d.to].kind === 'initials' && toks[d.to - 1].kind === 'word') d.to++;
  // a name does not end on the first half of a double surname ("Postma-de"): it takes the second half too
  while (d !== null && d.to < toks.length && endsInParticle(toks[d.to - 1])) {
    let next = d.to;
    while (next < toks.length && toks[next].kind === 'particle') next++;
    if (next === toks.length || toks[next].kind !== 'word') break;
    d.to = next + 1;
  }
  return d;
}

function decideChain(toks: Tok[], cls: Cls[], prefix: string[], ctx: ChainContext): Decision | null {
  const { trigger, sentenceStart } = ctx;
  // cut the chain at the first non-name common word or stop word
  let end = toks.length;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind === 'word' && (cls[i] === 'C' || cls[i] === 'X')) {
      end = i;
      break;
    }
  }
  if (end < toks.length && cls[end] === 'C' && everydaySurname(toks, cls, end, ctx.titled, trigger)) end++;
  // "mevrouw T. Laan", "huisarts H.P. Geluk": a street's or place's word right after a title or role and initials is the surname
  else if (end < toks.length && cls[end] === 'X' && initialsAfterTitleOrRole(toks, end, trigger)) end++;
  else if (end < toks.length && hasStrongStreetSuffix(toks[end].lower)) end = beforeStreetName(toks, end, trigger);
  while (end > 0 && toks[end - 1].kind === 'particle') end--;
  if (end === 0) return null;
  const words: number[] = [];
  for (let i = 0; i < end; i++) if (toks[i].kind === 'word') words.push(i);
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  const to = last + 1;
  // a name that is also a word, right before a capitalised everyday word or place, is that word's adjective: "Grote
  // Kerk", "De Kleine Wereld", "Grote Oost"
  if (!trigger && cls[last] === 'A' && end === to && end < toks.length && toks[end].kind === 'word' && (cls[end] === 'C' || cls[end] === 'X')) return null;
  const hasInitials = toks[0].kind === 'initials';

  if (trigger) {
    // "familie in Kumasi": after a trigger, a lone "in" or "op" is still the preposition, unless a listed surname says not
    if (prefix.length === 1 && words.length === 1 && words[0] === 0 && PREPOSITION_PARTICLES.has(prefix[0]) && !surnames.has(particlesAndWord(toks, prefix, 0))) return null;
    // an organisation's noun after a label: "Bewindvoerder: Bewindvoering Oost", "Organisator: Schutterij Sint Martinus"
    // (after a relation a word on -ing is a name: "mijn vrouw Xiaoling")
    // (nor after initials: "behandelaar K. Oosting")
    if (!hasInitials && cls[words[0]] === 'U' && !ctx.titled && !ctx.related && NOUN_SUFFIX.test(toks[words[0]].lower)) return null;
    return { from: 0, to, withPrefix: true, score: 0.9 };
  }
  if (hasInitials) return { from: 0, to, withPrefix: false, score: 0.85 };

  // particle + surname: "de Vries", "Van Dijk", "el Amrani" (no particles, no lists built)
  if (prefix.length > 0 || words[0] > 0) {
    // "de Lange Nieuwstraat": a surname-shaped word that opens a street's name
    if (words.length === 1 && end < toks.length && end === words[0] + 1 && hasStrongStreetSuffix(toks[end].lower)) return null;
    const w = toks[words[0]].lower;
    // "particles + w" can be a listed surname only when w is a surname core (it ends a multi-word surname);
    // a lone "in" or "op" opens a surname only as listed ("in Weert" is the place, "In 't Veld" a name)
    const core = surnameCores.has(w);
    const lone = prefix.length + words[0] === 1 ? (prefix.length === 1 ? prefix[0] : toks[0].lower) : '';
    const preposition = PREPOSITION_PARTICLES.has(lone) && !surnames.has(particlesAndWord(toks, prefix, words[0]));
    // "de eenmanszaak van Yusuf Arslan": a lowercase "van" before a first name with more name after it is the
    // preposition; the name starts at the first name (read below)
    const ofFirstName = lone === 'van' && words[0] === 0 && words.length > 1 && cls[0] === 'FS' && !surnames.has(particlesAndWord(toks, prefix, 0));
    if (!preposition && !ofFirstName && (core || (surnames.has(w) && cls[words[0]] !== 'A'))) {
      return { from: 0, to, withPrefix: true, score: words.length > 1 || (core && surnames.has(particlesAndWord(toks, prefix, words[0]))) ? 0.8 : 0.7 };
    }
    // after "in", a surname-shaped word alone is a place ("beide in Elst"): people are "bij", not "in", someone
    if (preposition && lone === 'in' && words.length === 1) return null;
    // "architect Van Ooijen", "Te Lintelo": mid-sentence, a capital "Van", "Te", "Ten" or "Ter" is written only
    // before a surname (a place after it was cut above: "Van Utrecht")
    if (words[0] > 0 && prefix.length === 0 && !sentenceStart && capitalParticleOpensSurname(toks[0].lower, cls[words[0]])) {
      return { from: 0, to, withPrefix: false, score: 0.7 };
    }
    if (words[0] > 0) return null; // "De Gemeente"
  }

  let first = words[0];
  // a name that is also a word, opening a sentence, is probably the word ("Mark je agenda", "Roos is…")
  // …unless a real surname follows ("Roos Jansen belde").
  if (sentenceStart && cls[first] === 'A' && words.length > 1) {
    const next = cls[words[1]];
    if (!(next === 'S' || next === 'FS' || next === 'F' || next === 'U')) first = words[1];
  }
  const c0 = cls[first];
  // words is ascending and first is its first or second entry
  const nWords = first === words[0] ? words.length : words.length - 1;
  if (nWords >= 2 && (c0 === 'F' || c0 === 'FS' || c0 === 'A')) {
    return { from: first, to, withPrefix: false, score: 0.85 };
  }
  // "Achmed Yılmaz" where the first name is not in the list but the surname is
  // (not opening a sentence, "Gisteren Jansen …", but in a field, "Aanvrager: Fatuma Warsame")
  // (nor a noun: "Bouwbedrijf Hendriksen")
  if (nWords >= 2 && c0 === 'U' && (!sentenceStart || ctx.labelled) && !NOUN_SUFFIX.test(toks[first].lower) && surnameAfter(words, cls, first)) {
    return { from: first, to, withPrefix: false, score: 0.75 };
  }
  // a surname-class word before a listed name: one name ("Graham Whitfield", whose first name the lists hold as a
  // surname; "Kovalenko Andrii", surname first)
  if (nWords >= 2 && c0 === 'S' && (cls[words[1]] === 'S' || cls[words[1]] === 'FS' || cls[words[1]] === 'F') && words[1] === first + 1) {
    return { from: first, to, withPrefix: false, score: sentenceStart ? 0.65 : 0.75 };
  }
  // single-word evidence
  if (c0 === 'F' || c0 === 'FS') return { from: first, to: first + 1, withPrefix: false, score: 0.7 };
  // "Prins Hendrikkade": a name that is also a word, opening a street's name (a lone surname is decided before
  // the chain is read: "Lange Nieuwstraat" is a known limit)
  if (c0 === 'A' && first + 1 < toks.length && hasStrongStreetSuffix(toks[first + 1].lower)) return null;
  if (c0 === 'S') return { from: first, to: first + 1, withPrefix: false, score: sentenceStart ? 0.55 : 0.65 };
  if (c0 === 'A' && !sentenceStart) return { from: first, to: first + 1, withPrefix: false, score: 0.6 };
  return null;
}

/** Particles that, between a first name and a capitalised word, only a surname holds ("van 't", not "van de"). */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["van 't", 'van der', 'van den', "in 't", "op 't", "'t", 'ter', 'ten', 'de']);

/**
 * Is the everyday word toks[end] a surname? After initials or a title and any particles ("R. van Harten", "Dhr.
 * Van 't Hoog"), after a title and initials ("mevr. T. Groot"), or after a first name and particles only surnames
 * hold ("Ruud van 't Hoog", "Jan de Boer"; not "Anna van de Voedselbank"); never an organisation's noun.
 */
function everydaySurname(toks: Tok[], cls: Cls[], end: number, titled: boolean, trigger: boolean): boolean {
  let p = end;
  while (p > 0 && toks[p - 1].kind === 'particle') p--;
  // "mevr. T. Groot", "huisarts H.P. Geluk": right after initials, with a title or a role before them
  if (p === end) return initialsAfterTitleOrRole(toks, end, trigger) && !FUNCTION_WORDS.has(toks[end].lower);
  if (NOUN_SUFFIX.test(toks[end].lower)) return false;
  if (p === 0) return titled;
  const before = toks[p - 1];
  if (before.kind === 'initials') return true;
  return before.kind === 'word' && (cls[p - 1] === 'F' || cls[p - 1] === 'FS') && SURNAME_PARTICLES.has(toks.slice(p, end).map((t) => t.lower).join(' '));
}

/** Is toks[end] right after initials that open the chain, with a title or role before them ("mevr. T. Groot"), and no noun? */
function initialsAfterTitleOrRole(toks: Tok[], end: number, trigger: boolean): boolean {
  return trigger && end === 1 && toks[0].kind === 'initials' && !NOUN_SUFFIX.test(toks[end].lower);
}

/** A street word whose part before the suffix is a listed name: "frankplein", "heinkade" (not "verkade"). */
export function namedStreet(lower: string): boolean {
  for (const suffix of STRONG_STREET_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const c = infoOf(lower.slice(0, lower.length - suffix.length)).listed;
    return c === 'F' || c === 'S' || c === 'FS';
  }
  return false;
}

/**
 * A chain cut at the street word toks[end]: where the name before the street ends. The capitalised words
 * before the street word belong to the street's name when a preposition comes before them ("Theo op de Prins
 * Bernhardlaan": the name is "Theo"); a street named after a person holds its name whole, particles and all
 * ("Jan van Galenstraat", "Willem de Zwijgerlaan": no name), unless a title says a person is meant ("Meneer
 * Achterberg van de Lindenlaan").
 */
function beforeStreetName(toks: Tok[], end: number, trigger: boolean): number {
  let j = end - 1;
  while (j >= 0 && toks[j].kind === 'word') j--;
  let k = j;
  let preposition = false;
  while (k >= 0 && toks[k].kind === 'particle') preposition ||= PREPOSITIONS.has(toks[k--].lower);
  if (preposition) return j < end - 1 ? k + 1 : end;
  // a street named after a person, whole: "Anne Frankplein", "Piet Heinkade"
  if (!trigger && j < end - 1 && k === j && namedStreet(toks[end].lower)) return j + 1;
  // name particles right before the street word, a word before them: all of it is the street's name ("Willem van
  // de Veldestraat"), unless a first name and a surname come before them ("Kees Appelman van de Merelstraat")
  if (!trigger && j === end - 1 && k < j && k >= 0 && toks[k].kind === 'word') {
    if (k > 0 && toks[k - 1].kind === 'word' && (toks[k - 1].cls === 'F' || toks[k - 1].cls === 'FS')) return k + 1;
    while (k > 0 && toks[k - 1].kind === 'word') k--;
    return k;
  }
  return end;
}

/** The particles before toks[w] (lowercase ones before the chain, then the chain's) and the word: "van der laan". */
function particlesAndWord(toks: Tok[], prefix: string[], w: number): string {
  return [...prefix, ...toks.slice(0, w + 1).map((t) => t.lower)].join(' ');
}
