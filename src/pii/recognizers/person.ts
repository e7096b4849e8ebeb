/**
 * Person names. Anchored on capitalised words; a chain of name-shaped tokens (initials, capitalised
 * words, particles such as "van der", hyphenated double surnames) is read from there and accepted on
 * evidence: a title or context phrase before it ("mevrouw", "Beste", "mijn naam is", "cliënt", a
 * signature line), initials, a known first name followed by a surname-shaped word, a particle with a
 * known surname, or a known name on its own. Names that are also Dutch words ("Roos", "Bakker") need
 * more evidence than names that are not.
 */
import type { Found, Recognizer } from '../types.js';
import { type ChainContext, decide, namedStreet } from './person-decide.js';
import { classOf, forgetNames, isNamed, lowerCaseNames, remember, rememberWord } from './person-named.js';
import { findAliases, forgetAliases } from './person-aliases.js';
import { everydayWordNamed, surnameAfterEverydayFirstName, wordAfter } from './person-everyday.js';
import { findNamesInCapitals } from './person-capitals.js';
import { findNamesInScripts } from './person-scripts.js';
import { findTableNames } from './person-tables.js';
import { findInChats } from './person-chats.js';
import { findFieldNames, findNamedInLowerCase, findSpelledNames } from './person-forms.js';
import {
  ENGLISH_OPENERS,
  NEXT_WORD,
  afterColon,
  afterListNumber,
  ageAfter,
  atSentenceStart,
  bracketedAfterName,
  englishOpenerAt,
  firstNameInBrackets,
  houseNumberAt,
  joinedToFirstNameAfter,
  joinedToLastName,
  listedWithAge,
  onlySeparators,
  placePhraseEnd,
  relationBefore,
  streetBeforeNumber,
} from './person-context.js';
import { FIRST_NAMES_ALSO_WORDS, beginReporting, endReporting, last, report } from './person-report.js';
import { firstNamesAfterComma } from './person-surname-first.js';
import { PREPOSITION_PARTICLES, SENTENCE_OPENERS, SIGN_OFFS, namesakes, notNamePhraseEnds, surnameCores, surnames, type Cls } from './person-lexicon.js';
import { TOKENS, type Tok, endsChain, endsInParticle, isLowerCode, particleRunSkip, particlesBefore, readChain, tokenAt } from './person-tokens.js';
import { afterSurnameTitle, precededByTrigger, roleBefore } from './person-triggers.js';
import { LO, MAX_WORD_LENGTH, UP, type WordInfo, beginCall, endCall, infoOf } from './person-words.js';
import { hasStrongStreetSuffix, isUpperCode } from './shared.js';

// a capital that starts a word and is followed by a lowercase letter, '.', or apostrophe (not "AB", not "P.J" inside
// initials, not "O'B|rien"; but a quoted name, "'Rutger'"; two look-behinds: one with two alternatives of different
// lengths made every capital 20% dearer)
// The anchor takes the whole capitalised word, so the common case (an everyday word) costs one match.
const ANCHOR = new RegExp(
  `[${UP}](?<![${UP}${LO}\\-][${UP}]|[${UP}]\\.[${UP}])(?<![${UP}${LO}]['’][${UP}])(?:[${LO}]+(?:['’][${UP}][${UP}${LO}]*)?(?:-[${UP}${LO}][${LO}]*(?:['’][${UP}][${UP}${LO}]*)?){0,3}|(?=[.'’]))`,
  'g',
);
/** One context object for every chain of a call (decide() reads it, nothing keeps it). */
const CONTEXT: ChainContext = { trigger: false, titled: false, sentenceStart: false, labelled: false, related: false };

export function findPersons(text: string, found: Found): void {
  beginCall(text.length);
  TOKENS.reset();
  forgetNames();
  beginReporting();
  try {
    // first the names in tables, whose words are then names wherever the text repeats them ("Mindaugas wil …")
    findTableNames(text, found, rememberWord);
    beginReporting();
    findCapitalised(text, found);
    // names in fields and after titles ("Naam: yonas tesfamariam"): found again in lower case too ("groet yonas")
    findFieldNames(text, found);
    if (lowerCaseNames.length > 0) findNamedInLowerCase(text, found, lowerCaseNames);
    findNamesInCapitals(text, found);
    findNamesInScripts(text, found);
    findAliases(text, found);
  } finally {
    endCall();
    TOKENS.reset();
    forgetNames();
    forgetAliases();
    endReporting();
  }
  findSpelledNames(text, found);
  findInChats(text, found);
}

/** Street endings that surnames have too: "Verkade", "Overweg". */
const SURNAME_STREET_ENDING = /(?:weg|kade)$/;
/** A listed name (surname or first name) right after a space at `end`. */
function surnameNext(text: string, end: number, cache: typeof TOKENS): boolean {
  const next = wordAfter(text, end, cache);
  if (next === null) return false;
  const c = classOf(next);
  return c === 'S' || c === 'FS' || c === 'F';
}

function findCapitalised(text: string, found: Found): void {
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  const cache = TOKENS; // tokens by position: each is read once
  let pendingTrigger = -1; // position just after a title token: the next chain is a name
  while ((m = ANCHOR.exec(text)) !== null) {
    const pos = m.index;
    if (!isUpperCode(text.charCodeAt(pos)) || pos < last.end) continue;
    const word = m[0];
    if (word.length > MAX_WORD_LENGTH) {
      pendingTrigger = -1;
      continue;
    }
    let info: WordInfo | null = null;
    if (word.length > 1) {
      info = infoOf(word);
      // "Den Helder", "Bergen op Zoom": passed over whole
      const place = info.opensPlace ? placePhraseEnd(text, pos, word) : -1;
      if (place > 0) {
        ANCHOR.lastIndex = place;
        pendingTrigger = -1;
        continue;
      }
      const c = info.anchorCls;
      const known = isNamed(info.lower);
      if (info.skip && !known) {
        pendingTrigger = -1;
        const alsoFirstName = c === 'X' && FIRST_NAMES_ALSO_WORDS.includes(word);
        // an everyday word after a relation or a title, before a surname, is a first name: "moeder Comfort Asante-Mensah"
        const firstNameEnd = c === 'C' && text.charCodeAt(pos - 1) === 32 ? surnameAfterEverydayFirstName(text, pos, pos + word.length, cache) : -1;
        if (firstNameEnd > 0) {
          report(text, found, pos, firstNameEnd, 0.85);
          ANCHOR.lastIndex = firstNameEnd;
          continue;
        }
        const from = c === 'C' || (c === 'X' && (namesakes.has(info.lower) || alsoFirstName)) ? everydayWordNamed(text, pos, word, info.lower) : -1;
        if (from >= 0) {
          report(text, found, from, pos + word.length, 0.85);
          const t = tokenAt(text, pos, cache, word, info);
          if (t !== null) remember(t);
          // a first name that is also a language or a month after a title: the surname after it is named too ("dhr. Frans van Lith")
          if (alsoFirstName) pendingTrigger = pos + word.length;
        }
        continue;
      }
      // an unknown word opens a name only after a trigger or particles, or before a known surname
      if (c === undefined && !known && !info.hyphen && text[pos + word.length] !== '.') {
        const end = pos + word.length;
        // …and one on a street's suffix before a house number is a street ("bij een tante op de Vlaardingerdijk 61a")
        if (streetBeforeNumber(text, end, info.lower)) {
          pendingTrigger = -1;
          continue;
        }
        let next: Cls | undefined;
        // NEXT_WORD starts with a capital: a lowercase ASCII letter after the space rules it out unread
        const nc = text.charCodeAt(end + 1);
        if (text.charCodeAt(end) === 32 && !(nc >= 97 && nc <= 122)) {
          NEXT_WORD.lastIndex = end + 1;
          const n = NEXT_WORD.exec(text);
          if (n && n[0].length <= MAX_WORD_LENGTH) {
            const ni = infoOf(n[0]);
            next = isNamed(ni.lower) ? 'FS' : ni.listed;
          }
        }
        const maybeParticle = text[pos - 1] === ' ' && pos >= 2 && isLowerCode(text.charCodeAt(pos - 2));
        // a date of birth after it, or an age in a list of them, names it after a word that is no particle too
        // ("voor Hermon (geb. …)", "Jayden (11) en Djoy (6)"; not "zie Tabel (12)")
        const aged = maybeParticle && ageAfter(text, pos, end, true) && particlesBefore(text, pos).words.length === 0;
        const afterTitle = pendingTrigger >= 0 && onlySeparators(text, pendingTrigger, pos);
        // "Ole Johansson en Ingeborg Lindqvist": a name joined to a name is a name
        const joined = joinedToLastName(text, pos, end);
        if (next !== 'S' && next !== 'FS' && (!maybeParticle || aged) && !afterTitle && !joined && !precededByTrigger(text, pos)) {
          pendingTrigger = -1;
          // a word in brackets right after a name is a name it goes by: "Hendrika (Riek) Scholten"; a word
          // with an age after it is a name: "Kinderen: Djamila (11), Edson (6)"; so is one joined to a first
          // name after it: "Jaylen en Amara"
          // (the name goes on after the brackets: "Fenna Kramer (Nidos)." is a name and an organisation)
          // …and so is one written before its first names and a comma: "Klant: Alhassan, Mohammad" (not a
          // sign-off: "Thanks, Bram", "Thx, Sanne")
          const surnameFirst = text.charCodeAt(end) === 44 && !info.trigger && !SIGN_OFFS.has(info.lower) && firstNamesAfterComma(text, pos, end);
          if (bracketedAfterName(text, pos, end) || ageAfter(text, pos, end) || joinedToFirstNameAfter(text, end) || surnameFirst) {
            report(text, found, pos, end, 0.7);
            const t = tokenAt(text, pos, cache, word, info);
            if (t !== null) remember(t);
          }
          continue;
        }
      }
    }
    const t0 = tokenAt(text, pos, cache, word.length > 1 ? word : undefined, info);
    if (!t0) continue;
    if (t0.kind === 'title') {
      pendingTrigger = t0.end;
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    // a letter with no space after it ("O’ ", "K:"): its chain is the letter alone, and a letter alone names no
    // one (report() drops it), so nothing more is read
    if (t0.kind === 'word' && t0.end - t0.start === 1 && text.charCodeAt(t0.end) !== 32) {
      pendingTrigger = -1;
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    const afterTitle = pendingTrigger;
    pendingTrigger = -1;
    // initials with no token after them (or a title): the chain is the initials alone, which name no one
    // ("P.)", "J.J.", a stray "A." in a list): nothing is found here, so nothing more is read
    if (t0.kind === 'initials') {
      const next = tokenAt(text, text.charCodeAt(t0.end) === 32 ? t0.end + 1 : t0.end, cache);
      if (next === null || next.kind === 'title') {
        // …unless a first name in brackets follows, as formal letters are signed: "G.J. (Gert-Jan) Kloosterboer"
        if (next === null && firstNameInBrackets(text, t0.end)) {
          report(text, found, t0.start, t0.end, 0.85);
        }
        ANCHOR.lastIndex = t0.end;
        continue;
      }
      // initials before an everyday word ("b.Tel:", "A. Het"): decide() cuts the chain at that word, which
      // leaves no word to name anyone; a place after initials would be a surname ("P. Amersfoort"); after a
      // title or a role the word is the surname ("mevrouw T. Groot", "huisarts H.P. Geluk")
      if (next.kind === 'word' && !(afterTitle >= 0 && onlySeparators(text, afterTitle, t0.start)) && !afterSurnameTitle(text, t0.start)) {
        const c = classOf(next);
        if ((c === 'C' || (c === 'X' && !namesakes.has(next.lower))) && !roleBefore(text, t0.start)) {
          ANCHOR.lastIndex = c === 'X' && hasStrongStreetSuffix(next.lower) ? next.end : t0.end;
          continue;
        }
      }
    }
    let c0: Cls = 'U';
    if (t0.kind === 'word') {
      c0 = classOf(t0);
      // a first name that opens the name of a thing ("Albert Heijn"): not a person
      const ends = notNamePhraseEnds.get(t0.lower);
      if (ends !== undefined && text.charCodeAt(t0.end) === 32) {
        const next = tokenAt(text, t0.end + 1, cache);
        if (next !== null && next.kind === 'word' && ends.includes(next.lower)) {
          ANCHOR.lastIndex = next.end;
          continue;
        }
      }
      // a capitalised everyday word ("Het", "Verder", "Gemeente") or a place: not a name
      if (c0 === 'C' || c0 === 'X') {
        ANCHOR.lastIndex = t0.end;
        continue;
      }
    }
    // a capitalised particle at the start of a sentence ("De raad", "In 2024"): when no token follows it, the
    // chain read below would be the particle alone, which is dropped, so nothing is found here
    if (t0.kind === 'particle' && text.charCodeAt(t0.end) === 32 && tokenAt(text, t0.end + 1, cache) === null) continue;
    // "dochter van Johannes": after a relation, "van" is the preposition, not the name's particle
    const pre0 = particlesBefore(text, pos);
    const pre = pre0.words.length === 1 && pre0.words[0] === 'van' && relationBefore(text, pre0.start) ? { start: pos, words: [] as string[] } : pre0;
    const chainStart = pre.start;
    const trigger =
      (afterTitle >= 0 && onlySeparators(text, afterTitle, chainStart)) ||
      joinedToLastName(text, chainStart, t0.end) ||
      precededByTrigger(text, chainStart);
    // "He also asked", "An occupational therapist": English at a sentence start
    if (t0.kind === 'word' && !trigger && pre.words.length === 0 && ENGLISH_OPENERS.has(t0.lower) && atSentenceStart(text, chainStart) && englishOpenerAt(text, t0.end)) {
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    // an unknown word without a trigger or particles can only open a name when a known surname follows
    if (c0 === 'U' && t0.kind === 'word' && !trigger && pre.words.length === 0) {
      const next = text[t0.end] === ' ' ? tokenAt(text, t0.end + 1, cache) : null;
      const c1 = next && next.kind === 'word' ? classOf(next) : 'U';
      if (c1 !== 'S' && c1 !== 'FS') {
        ANCHOR.lastIndex = t0.end;
        continue;
      }
    }
    // A lone surname-class word without trigger or particles: decide() answers "this word alone" whatever
    // follows (only first names and name-words grow into longer names), so the chain need not be read.
    // (A surname-class word before a listed name is one name with it, "Graham Whitfield", "Kovalenko Andrii":
    // then the chain is read.)
    if (c0 === 'S' && t0.kind === 'word' && !trigger && pre.words.length === 0 && !endsInParticle(t0) && !surnameNext(text, t0.end, cache)) {
      report(text, found, t0.start, t0.end, atSentenceStart(text, chainStart) ? 0.55 : 0.65);
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    // A lone listed name with no name-shaped token after it: the chain would be this word alone, and decide()
    // answers that with 0.9 from the particles on after a trigger ("Beste Jan,", "Jan, Piet"), and 0.7 for a
    // first name without one, when particles before it do not make it a surname ("van Jan").
    const lone =
      t0.kind === 'word' &&
      (trigger ? c0 !== 'U' : (c0 === 'F' || c0 === 'FS') && (pre.words.length === 0 || (!surnameCores.has(t0.lower) && !surnames.has(t0.lower))));
    if (lone && endsChain(text, t0.end, cache)) {
      report(text, found, trigger ? chainStart : t0.start, t0.end, trigger ? 0.9 : 0.7);
      remember(t0);
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    // A lone name that is also a word ("Roos", "Mark"), without trigger or particles: decide() takes it only
    // mid-sentence (0.6), or opening a list item with an age ("- Helen (12)"), so the chain need not be read.
    // (In brackets after a name it is the name someone goes by, "Hendrika (Riek) Scholten": kept for later.)
    if (c0 === 'A' && t0.kind === 'word' && !trigger && pre.words.length === 0 && endsChain(text, t0.end, cache)) {
      if (bracketedAfterName(text, t0.start, t0.end)) {
        report(text, found, t0.start, t0.end, 0.7);
        remember(t0);
      } else if (!atSentenceStart(text, chainStart) || firstNamesAfterComma(text, t0.start, t0.end) || listedWithAge(text, t0.start, t0.end)) {
        report(text, found, t0.start, t0.end, 0.6);
      }
      ANCHOR.lastIndex = t0.end;
      continue;
    }
    const toks = readChain(text, pos, cache);
    if (toks.length === 0) {
      // particles only ("Van Van Van …"): so is the chain from those after it, up to where one can reach a word
      const next = particleRunSkip(text, pos, cache);
      if (next > ANCHOR.lastIndex) ANCHOR.lastIndex = next;
      continue;
    }
    if (toks[0].kind === 'title') continue;
    // a word named earlier in the text may be a first name or a surname here ("Arjun Nair" after "Ms. Priya Nair")
    const cls = toks.map(classOf);
    for (let i = 0; i < toks.length; i++) {
      if (cls[i] === 'X' && placeInName(toks, cls, i, pre.words, trigger)) cls[i] = 'S';
      // right after a first name: a brand that is a surname too ("Fred Zeeman", "Jan Blokker"); a word on a street
      // suffix that surnames have (-weg, -kade), with no house number after it ("Marloes Verkade", "Anna Overweg"),
      // unless a name opens it: "Piet Heinkade" is a street, and so are "Paul Krugerlaan", "Anne Frankplein"
      else if (cls[i] === 'X' && i > 0 && (cls[i - 1] === 'F' || cls[i - 1] === 'FS') && toks[i - 1].kind === 'word') {
        const lower = toks[i].lower;
        const street = hasStrongStreetSuffix(lower);
        if ((!street && surnames.has(lower)) || (SURNAME_STREET_ENDING.test(lower) && !houseNumberAt(text, toks[i].end) && !namedStreet(lower))) cls[i] = 'S';
      }
      // a capitalised everyday word right after a first name is part of the name ("Erik-Jan Zwart", "Kees
      // Klein") unless it reads as a sentence going on ("Hoi Jan Graag …"); after a name that is also a word
      // when a title or context word comes first ("patiënte Li Na Chen")
      else if (cls[i] === 'C' && i > 0 && toks[i - 1].kind === 'word') {
        const before = cls[i - 1];
        const lower = toks[i].lower;
        if ((before === 'F' || before === 'FS') && lower.length >= 4 && !SENTENCE_OPENERS.has(lower)) cls[i] = 'S';
        else if (trigger && (before === 'A' || before === 'S')) cls[i] = 'S';
        // …and after an unlisted word the context makes a name ("Rinus en Janny Kool"), as after a first name
        else if (trigger && before === 'U' && lower.length >= 4 && !SENTENCE_OPENERS.has(lower)) cls[i] = 'S';
      }
    }
    // a word after particles that completes a known surname is a surname ("de Graaf", "van Leeuwen")
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].kind !== 'word' || cls[i] === 'X') continue;
      // no particles before it (a double surname's first half ending in one, "Postma-de", counts as one)
      if (i > 0 ? toks[i - 1].kind !== 'particle' && !endsInParticle(toks[i - 1]) : pre.words.length === 0) continue;
      // a lone "in" or "op" is the preposition ("in Weert"): decide() takes it for a particle only in a listed surname
      if (i === 0 && pre.words.length === 1 && PREPOSITION_PARTICLES.has(pre.words[0])) continue;
      // Particles come before it, so "particles + word" is a known surname only if the word ends a multi-word
      // surname, i.e. is a surname core: the core test alone decides, no phrase is built.
      // a double surname after particles counts by its first part ("de Haan-Kroon")
      const lower = toks[i].lower;
      const dash = lower.indexOf('-');
      if (surnameCores.has(lower) || (dash > 0 && surnameCores.has(lower.slice(0, dash)))) cls[i] = 'S';
    }
    CONTEXT.trigger = trigger;
    CONTEXT.titled = trigger && afterSurnameTitle(text, chainStart);
    CONTEXT.sentenceStart = atSentenceStart(text, chainStart);
    CONTEXT.labelled = CONTEXT.sentenceStart && (afterColon(text, chainStart) || afterListNumber(text, chainStart));
    // (read only where decide() asks: an unknown word after a trigger)
    CONTEXT.related = trigger && c0 === 'U' && relationBefore(text, chainStart);
    const d = decide(toks, cls, pre.words, CONTEXT);
    if (!d) {
      // no name before a street word: the words up to it open the street's name ("De Lange Nieuwstraat"), and
      // read again from the next anchor they would be taken for one ("Lange")
      let skip = 0;
      for (let i = 1; i < toks.length && skip === 0; i++) if (cls[i] === 'X' && toks[i].kind === 'word' && hasStrongStreetSuffix(toks[i].lower)) skip = i;
      ANCHOR.lastIndex = toks[skip].end;
      continue;
    }
    const start = d.withPrefix && d.from === 0 ? chainStart : toks[d.from].start;
    const end = toks[d.to - 1].end;
    report(text, found, start, end, d.score);
    if (d.score >= 0.7) for (let i = d.from; i < d.to; i++) remember(toks[i]);
    ANCHOR.lastIndex = end;
  }
}

/**
 * Is the place or street word at toks[i] part of a name? A place right after a first name ("Dirk
 * Hoogeveen"); a place, or a street word that ends surnames ("van der Laan"), after a particle when a first
 * name or initials come before it ("Jan van Amersfoort", "P.W.M. van der Laan") or a title does ("mevrouw
 * Van Leiden"). On its own ("van Utrecht", "Utrecht") it stays a place.
 */
function placeInName(toks: Tok[], cls: Cls[], i: number, particlesBefore: readonly string[], trigger: boolean): boolean {
  const lower = toks[i].lower;
  const place = namesakes.has(lower);
  if (toks[i].kind !== 'word' || !(place || surnameCores.has(lower))) return false;
  // a lone "in" or "op" before a place is the preposition, after a title too ("familie in Vlaardingen")
  if (i === 0 && particlesBefore.length === 1 && PREPOSITION_PARTICLES.has(particlesBefore[0])) return false;
  let k = i - 1;
  const afterParticle = k >= 0 ? toks[k].kind === 'particle' || endsInParticle(toks[k]) : particlesBefore.length > 0;
  while (k >= 0 && toks[k].kind === 'particle') k--;
  // a first name, or in context a name that is also a word ("Lies en Ton Bloemendaal")
  const named = k >= 0 && (toks[k].kind === 'initials' || (toks[k].kind === 'word' && (cls[k] === 'F' || cls[k] === 'FS' || (trigger && cls[k] === 'A'))));
  if (!afterParticle) return place && k === i - 1 && named;
  return named || trigger;
}

export const personRecognizer: Recognizer = {
  name: 'nl_person',
  type: 'PERSOON',
  find: findPersons,
};