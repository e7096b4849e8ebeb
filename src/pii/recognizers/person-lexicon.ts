/** Word lists for the person-name recognizer, built once at load time from committed data. */
import { COMMON_WORDS, DICTIONARY_NAMES, FIRST_NAMES, NAME_WORDS_IN_DICTIONARY, SURNAMES } from '../data/names.generated.js';
import { BRANDS_ALSO_SURNAMES, NAMES_ALSO_INFLECTED_WORDS, NOT_NAMES, NOT_NAME_PHRASES, PLACES, PLACE_PHRASES } from '../data/not-names.js';
import { hasStrongStreetSuffix } from './shared.js';

/** Lowercase lookup key; drops the combining dot that 'İ'.toLowerCase() leaves behind. */
export function key(word: string): string {
  if (plainLower(word)) return word;
  const lower = word.toLowerCase();
  return lower.includes('\u0307') || lower.includes('’') ? lower.replace(/\u0307/g, '').replace(/’/g, "'") : lower;
}

/**
 * A word that is its own key: every character below U+0100 and none a capital (no case to fold, no dot above, no
 * ’). Most words a scan for lower-case words hands to key() are, and the check is cheaper than lowercasing.
 */
function plainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x100 || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) return false;
  }
  return true;
}

const split = (s: string) => s.split('|').map(key);

/** In the dictionary too, but far more often a name in municipal texts. */
const PRIMARILY_NAMES = new Set(
  'jan peter piet kees thomas hans frank chris eva sara iris kim rob wim koen joop jaap bram sem mees dirk steven jonas jonathan benjamin nick tom joke ria els jet lieke emma anna sandra monique ruud rik henk gerrit willem teun tijn bas mila noor daan jesse lars lisa julia fleur anouk mohammed ahmed ali hassan omar youssef fatima'.split(' '),
);

/** Names from the Dutch dictionary's proper nouns, first name or surname unknown: in both lists. */
const dictionaryNames = split(DICTIONARY_NAMES);
/** Frequent Dutch words that are not names. */
export const commonWords: ReadonlySet<string> = new Set(split(COMMON_WORDS));
export const notNames: ReadonlySet<string> = new Set(NOT_NAMES.map(key));
/** Letters that lose more than a mark when typed on a Dutch keyboard ("Łukasz" → "lukasz", "Jørgensen" → "jorgensen"). */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' };
const MARKS = /[\u0300-\u036f]/g;
const PLAIN_LETTER = /[łøđıßæœðþ]/g;
/**
 * A word without its diacritics: the lists' names as typed ("wiśniewska" → "wisniewska"), and a word of a text
 * matched to a name the lists hold without them ("Desirée" → "desiree").
 */
export function plainSpelling(lower: string): string {
  return lower.normalize('NFD').replace(MARKS, '').replace(PLAIN_LETTER, (c) => PLAIN_LETTERS[c]);
}
/**
 * The names with their spellings without diacritics added, as chats and forms type them ("wisniewska", "ozturk"),
 * unless that spelling is an everyday word or a not-name.
 */
function withPlainSpellings(names: string[]): string[] {
  const out = [...names];
  for (const w of names) {
    // only letters beyond Latin-1 (Polish, Turkish, Czech …): a Latin-1 accent drops into a Dutch or French word too
    // ("serré" → "serre", "maré" → "mare")
    if (/^[\x00-\xff]*$/.test(w)) continue;
    const plain = plainSpelling(w);
    if (plain !== w && /^[a-z' -]+$/.test(plain) && !commonWords.has(plain) && !notNames.has(plain)) out.push(plain);
  }
  return out;
}
export const firstNames: ReadonlySet<string> = new Set([...withPlainSpellings(split(FIRST_NAMES)), ...dictionaryNames]);
/** Whole surnames, including multi-word ones ("de vries", "el amrani"). */
export const surnames: ReadonlySet<string> = new Set([...withPlainSpellings(split(SURNAMES)), ...dictionaryNames]);
/** Last word of multi-word surnames ("vries", "amrani"): a surname only after a particle. */
export const surnameCores: ReadonlySet<string> = new Set(
  [...surnames].filter((s) => s.includes(' ')).map((s) => s.slice(s.lastIndexOf(' ') + 1)),
);
/** Names that are also everyday Dutch words ("roos", "bakker"): need more evidence. */
export const ambiguousNames: ReadonlySet<string> = new Set([...split(NAME_WORDS_IN_DICTIONARY).filter((w) => !PRIMARILY_NAMES.has(w)), ...NAMES_ALSO_INFLECTED_WORDS]);
/** Not-name phrases by their first word ("albert" → "heijn"): the first word alone is a name. */
export const notNamePhraseEnds: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const p of NOT_NAME_PHRASES) {
    const first = key(p.slice(0, p.indexOf(' ')));
    m.set(first, [...(m.get(first) ?? []), key(p.slice(p.indexOf(' ') + 1))]);
  }
  return m;
})();
/**
 * Places of several words by their first word as written and the first character of their second ("De" → 'B' →
 * "De Bilt"), longest first: "De" opens most sentences, and only a place's second word is worth comparing.
 */
export const PLACE_PHRASES_BY_FIRST_WORD: ReadonlyMap<string, ReadonlyMap<number, readonly string[]>> = (() => {
  const m = new Map<string, Map<number, string[]>>();
  for (const p of [...PLACE_PHRASES].sort((a, b) => b.length - a.length)) {
    const space = p.indexOf(' ');
    const first = p.slice(0, space);
    const bySecond = m.get(first) ?? new Map<number, string[]>();
    m.set(first, bySecond);
    const c = p.charCodeAt(space + 1);
    bySecond.set(c, [...(bySecond.get(c) ?? []), p]);
  }
  return m;
})();
/** Dutch places (a subset of notNames): surnames too, in a name ("Jan van Amersfoort"). */
export const places: ReadonlySet<string> = new Set(PLACES.map(key));
/** Not-names that are surnames in a name: places ("Dirk Hoogeveen") and shops named after their founders ("C. Blokker"). */
export const namesakes: ReadonlySet<string> = new Set([...places, ...BRANDS_ALSO_SURNAMES]);

export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del', 'della',
  'von', 'zu', 'el', 'al', 'ben', 'bin', 'bint', 'wad', 'ait', 'aït', 'abou', 'abu', 'ou', 'in', 'op', 'vande', 'vanden',
  // abbreviated and elided: "J. v.d. Berg", "v/d Heuvel", "Wim v. Leeuwen", "d'Souza", "l'Ami"
  'v.d.', 'v/d', 'vd', 'v.', "d'", "l'",
  // the Twente prefixes: "Oude Vrielink", "Olde Rikkert"
  'oude', 'olde',
  // Irish: "Aoife Ní Bhriain", "Seán Ó Súilleabháin", "Nic Dhonnchadha", "Uí Bhriain"
  'ní', 'nic', 'ó', 'uí',
]);
/** Particles that alone are prepositions ("in Weert", "op Schiphol"): part of a surname only as listed ("In 't Veld"). */
export const PREPOSITION_PARTICLES: ReadonlySet<string> = new Set(['in', 'op']);
/** Sign-offs before a first name and a comma that the trigger lists lack ("Thx, Sanne"). */
export const SIGN_OFFS: ReadonlySet<string> = new Set(['thx', 'thnx', 'tnx', 'thank', 'cheers', 'groetjes', 'grt', 'grtz', 'gr', 'mvg', 'vg', 'bvd', 'doei', 'ciao', 'dankjewel', 'dankje', 'merci']);
/** Arabic prefixes of hyphenated surnames: "Al-Hamwi", "El-Khatib", "Abu-Zeid". */
const SURNAME_PREFIXES: ReadonlySet<string> = new Set(['al', 'el', 'abu', 'abou', 'ben', 'bin', 'ibn', 'ait']);

/**
 * Everyday words that open sentences, which a capitalised everyday word after a first name is not taken for a
 * surname when it is one of (or shorter than four letters: "Het", "Ik", "Wat"): "Hoi Jan Graag wil ik …".
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'graag', 'deze', 'hier', 'daar', 'maar', 'want', 'even', 'niet', 'geen', 'bedankt', 'alvast', 'vandaag', 'gisteren',
  'morgen', 'hebben', 'heeft', 'wilde', 'zoals', 'omdat', 'toen', 'daarna', 'verder', 'zojuist', 'helaas', 'goed',
  'prima', 'fijn', 'thanks', 'please', 'this', 'that', 'what', 'when', 'will', 'have',
]);

/** Titles and salutations: never part of the name, always evidence for a following name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mevrouw', 'mevr', 'mw', 'mej', 'mejuffrouw', 'meneer', 'mijnheer', 'mnr', 'heer', 'dhr', 'familie', 'fam', 'mr', 'mrs',
  'ms', 'miss', 'dr', 'drs', 'ir', 'ing', 'ingr', 'prof', 'ds', 'juf', 'juffrouw', 'meester', 'zuster', 'dokter', 'notaris',
  'beste', 'geachte', 'hallo', 'hoi', 'hey', 'dag', 'lieve', 'dear', 'hi', 'hello', 'sir', 'madam', 'wethouder',
  // a widow by her late husband's name and her own: "wed. Van der Heijden-Smits"
  'wed', 'weduwe',
]);

/**
 * Labels of fields and lists of people in notes and minutes ("Aanwezig: …", "Voogd: …"): triggers before a colon
 * only. Not "Verhuurder:" or "Eigenaar:", more often followed by an organisation ("Verhuurder: Havensteder").
 */
const FIELD_LABELS = [
  'aanwezig', 'aanwezigen', 'afwezig', 'deelnemer', 'deelnemers', 'begeleider', 'begeleiding', 'coördinator', 'coordinator',
  'voogd', 'jobcoach', 'trajectbegeleider', 'leerkracht', 'docent', 'medewerker', 'contact', 'getuige', 'getuigen',
  'organisator', 'organisatoren', 'ouders', 'ouder', 'kinderen', 'kind', 'tolk', 'inspreker',
  'insprekers', 'afzender', 'gesprekspartner', 'betrokkene', 'betrokkenen', 'uitgenodigd', 'notulist', 'voorzitter',
];
/**
 * Forms of address (a subset of TITLES) that make the next word a surname whatever word it is: "mevrouw
 * Schaap", "dhr. Post", "familie Visser", "dr. Wassenaar". Functions are not surnames: "meneer de Voorzitter".
 */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['mevrouw', 'meneer', 'mijnheer', 'mevr', 'mw', 'dhr', 'heer', 'familie', 'fam', 'mej', 'juffrouw', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'prof']);
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'voorzitter', 'directeur', 'secretaris', 'griffier', 'notaris', 'advocaat', 'dokter', 'pastoor', 'dominee', 'professor',
  'rector', 'officier', 'rechter', 'minister', 'ambassadeur', 'consul', 'inspecteur', 'commissaris', 'agent', 'president',
]);

/** Relations that name the person after them ("zoon Ahmed", "buurvrouw Truus"). Lowercase. */
export const RELATION_TRIGGERS: readonly string[] = [
  'zoon', 'dochter', 'moeder', 'vader', 'partner', 'echtgenoot', 'echtgenote', 'vriend', 'vriendin', 'buurman',
  'buurvrouw', 'broer', 'zus', 'oom', 'tante', 'opa', 'oma', 'kleinzoon', 'kleindochter', 'neef', 'nicht',
  'schoonzoon', 'schoondochter', 'collega',
];
/** Words that give the name after them ("heet Sanne", "alias 'Bolle'", "noemen ze 'Mo'"). Lowercase. */
export const NAMING_TRIGGERS: readonly string[] = ['heet', 'genaamd', 'alias', 'bijnaam', 'roepnaam', 'noemen ze', 'genoemd'];

/** Words or phrases right before a name (with optional ':' or ','). Lowercase. */
export const TRIGGERS: readonly string[] = [
  ...RELATION_TRIGGERS,
  ...NAMING_TRIGGERS,
  'de heer', 'mevrouw', 'mevr', 'mw', 'meneer', 'mijnheer', 'heer', 'dhr', 'familie', 'fam', 'mr', 'mrs', 'ms', 'dr',
  'mej', 'mejuffrouw', 'mnr', 'juffrouw', 'meester', 'zuster', 'dokter', 'notaris', 'wethouder', 'miss', 'sir', 'madam', 'wed', 'weduwe', 'echtpaar',
  'drs', 'ir', 'ing', 'prof', 'ds', 'juf', 'beste', 'geachte', 'hallo', 'hoi', 'hey', 'dag', 'lieve', 'dear', 'hi',
  'hello', 'mijn naam is', 'naam is', 'ik ben', 'ik heet', 'my name is', "i'm", 'i am',
  'cliënt', 'client', 'cliënte', 'cliente', 'patiënt', 'patient', 'patiënte', 'patiente', 'ondergetekende', 'namens', 'aanvrager',
  'aanvraagster', 'bewoner', 'bewoonster', 'huurder', 'melder', 'mantelzorger',
  'contactpersoon', 'naam', 'voornaam', 'achternaam', 'voorletters', 't.a.v', 'tav', 'ten name van', 't.n.v', 'tnv',
  'casemanager', 'consulent', 'klantmanager', 'wijkverpleegkundige', 'huisarts', 'behandelaar',
  // people who write reports and notes about residents: "verbalisant H. Tuinman", "jeugdarts Bos" (not "wijkagent" or
  // "toezichthouder", more often followed by their district or domain: "wijkagent Schilderswijk", "toezichthouder Horeca")
  'verbalisant', 'jeugdarts', 'schuldhulpverlener', 'budgetcoach',
  'mentor', 'bewindvoerder', 'advocaat', 'gemachtigde', 'leerling', 'zoontje', 'dochtertje', 'cc', 'aan', 'van',
  'from', 'to', 'groet', 'groeten', 'hoogachtend', 'mvg', 'gr', 'bedankt', 'dank', 'regards', 'sincerely', 'thanks',
  'getekend', 'handtekening', 'door', 'met', 'ene', 'mijn vrouw', 'mijn man', 'zijn vrouw', 'haar man', 'mijn partner',
  'mijn zoon', 'mijn dochter', 'mijn moeder', 'mijn vader',
  'gezin', 'raadslid', 'councillor', 'alderman', 'colleague', 'husband', 'wife', 'my son', 'my daughter', 'my mother', 'my father', 'my partner', 'my colleague',
  ...FIELD_LABELS,
];
/** Triggers that only count when followed by ':' (e-mail headers, form fields). */
export const COLON_ONLY_TRIGGERS: ReadonlySet<string> = new Set(['aan', 'van', 'cc', 'from', 'to', 'naam', 'door', 'met', 'voornaam', 'achternaam', ...FIELD_LABELS]);

/** Word class: X not a name, C common word, F first name, S surname, A name that is also a word, U unknown. */
export type Cls = 'X' | 'C' | 'F' | 'S' | 'FS' | 'A' | 'U';

/** One lookup per word: the class of every listed word, computed once at load time. */
export const CLASS = new Map<string, Cls>();
for (const w of commonWords) CLASS.set(w, 'C');
for (const w of surnames) CLASS.set(w, 'S');
for (const w of firstNames) CLASS.set(w, CLASS.get(w) === 'S' ? 'FS' : 'F');
for (const w of ambiguousNames) if (CLASS.has(w) && CLASS.get(w) !== 'C') CLASS.set(w, 'A');
for (const w of notNames) CLASS.set(w, 'X');


/** The same classes keyed by the capitalised spelling ("Jansen", "Het"), so most words need no lowercasing. */
export const CLASS_CAP = new Map<string, Cls>();
for (const [w, c] of CLASS) if (!w.includes(' ')) CLASS_CAP.set(w.charAt(0).toUpperCase() + w.slice(1), c);

export function classify(lower: string): Cls {
  const c = CLASS.get(lower);
  if (c !== undefined) return c;
  // street names ("Dorpsstraat", "Leidsekade") are not person names
  return hasStrongStreetSuffix(lower) ? 'X' : 'U';
}
/** Words for an organisation on their own or ending a compound ("Praktijk Van Oosten", "Schoonmaakbedrijf", "taalschool"). */
export const ORGANISATION_SUFFIXES = ['bedrijf', 'studio', 'salon', 'school', 'winkel', 'praktijk', 'kantoor', 'centrum', 'zaak', 'opvang', 'stichting'];
/** A hyphenated compound ending in one, after a stem of three letters or more: "Willem-Alexanderschool", "Jan-Pieterszaak". */
const ORGANISATION_COMPOUND = new RegExp(`-[a-zà-ÿ]{3,}(?:${ORGANISATION_SUFFIXES.join('|')})$`);
const A_SURNAME = /^[a-z]{2,}-a-[a-z]{2,}$/;
const PLACE_PARTS = /^(?:nieuw|oud|nieuwe|oude)-|-(?:noord|zuid|oost|west|centrum)$/;
/** For hyphenated words, the most name-like part decides. */
export function classifyWord(lower: string): Cls {
  if (!lower.includes('-')) return classify(lower);
  // a listed hyphenated place or word ("goeree-overflakkee") is what the list says; so is a district or village
  // named by a point of the compass or as new or old ("Woensel-Noord", "Nieuw-Buinen", "Oud-Beijerland")
  const whole = CLASS.get(lower);
  if (whole === 'X' || whole === 'C') return whole;
  if (PLACE_PARTS.test(lower) || ORGANISATION_COMPOUND.test(lower)) return 'X';
  // Surinamese-Chinese surnames: "Tjon-A-Fong", "Lo-A-Njoe", "Kong-A-Siou"
  if (A_SURNAME.test(lower)) return 'S';
  const dash = lower.indexOf('-');
  // an institution's short name opens a compound: "Wmo-loket", "GGD-arts", "UWV-kantoor"
  const head = lower.slice(0, dash);
  if (head.length <= 4 && notNames.has(head) && !namesakes.has(head)) return 'X';
  if (SURNAME_PREFIXES.has(lower.slice(0, dash)) && lower.length - dash > 3 && !lower.includes('-', dash + 1)) return 'S';
  const parts = lower.split('-').filter(Boolean).map(classify);
  for (const c of ['FS', 'S', 'F', 'A', 'U', 'C', 'X'] as Cls[]) if (parts.includes(c)) return c;
  return 'U';
}
