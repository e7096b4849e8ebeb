/**
 * Identity documents: Dutch passport / ID-card document numbers (2 letters, 6 letters or digits, 1 digit;
 * no letter O), codes of letters and digits interleaved as on residence documents and newer ID cards, foreign
 * ones (one or two letters and 6–9 digits, up to three letters, Latin or Cyrillic, and a space before 6–9 digits, 7–9
 * digits, or a Belgian card's 3-7-2 digits; a foreign driving licence's number too), the Portuguese citizen card, and
 * Dutch driving-licence numbers (10 digits). All need context words.
 */
import { validate as portugueseCitizenCard } from 'stdnum/lib/cjs/pt/cc.js';
import type { Found, Recognizer } from '../types.js';
import { validNineDigits } from './bsn.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

const DOC_CONTEXT = [
  'paspoort', 'paspoortnummer', 'paspoortnr', 'identiteitskaart', 'id-kaart', 'idkaart', 'id kaart', 'identiteitsbewijs', 'id-bewijs',
  'documentnummer', 'document nummer', 'documentnr', 'legitimatie', 'legitimatiebewijs', 'reisdocument', 'verblijfsdocument',
  'verblijfsvergunning', 'vreemdelingendocument', 'vreemdelingenpaspoort', 'passport', 'identity card', 'id card', 'document number', 'id',
  // the documents of the countries many newcomers come from, as residents name them
  'paszport', 'dowód', 'dowod', 'dowód osobisty', 'dowod osobisty', 'buletin', 'carte de identitate', 'lichna karta', 'лична карта', 'паспорт',
  'pasaport', 'pașaport', 'paşaport', 'pasaporte', 'passaporto', 'passaporte', 'cin', 'cnie', 'carte nationale', 'ci', 'pasnr', 'pasnummer',
  // several at once: "We bring our passports: mine is FT502913", "Roemeense identiteitskaarten, dhr. serie/nr. GL 582316"
  'paspoorten', 'passports', 'identiteitskaarten', 'id-kaarten', 'identiteitsbewijzen', 'reisdocumenten',
  'passeport', "carte d'identité", 'personalausweis', 'reisepass', 'igazolvány', 'személyi igazolvány',
  // the Belgian electronic identity card: "belgische eID 591-4827360-63"
  'eid', 'eid-kaart', 'e-id',
];

/**
 * Where a document or personal number of digits begins and ends: not glued to letters, digits or number punctuation
 * (the digit first: see FIRST_DIGIT), and not going on as a decimal or a longer number.
 */
export const ID_DIGITS_START = `\\d(?<![${ALNUM}_.,\\-]\\d)`;
export const ID_DIGITS_END = `(?![${ALNUM}]|[.,\\-]\\d)`;
/** Words that make a number near a document word a case's or file's: "Zaak BZ 2025118 over het paspoort". */
export const CASE_NUMBER_WORDS = [
  'zaak', 'zaaknummer', 'dossier', 'dossiernummer', 'kenmerk', 'factuur', 'factuurnummer', 'referentie',
  'ordernummer', 'bestelnummer', 'klantnummer', 'polisnummer', 'contractnummer',
];

/** Cyrillic capitals (Russian and Ukrainian), and all Cyrillic letters. */
const CYRILLIC_UP = 'А-ЯЁІЇЄҐ';
const CYRILLIC = 'Ѐ-ӿ';
const CYRILLIC_SERIES = new RegExp(`[${CYRILLIC_UP}](?<![${CYRILLIC}${ALNUM}][${CYRILLIC_UP}])[${CYRILLIC_UP}]{1,2} ?\\d{6}${ID_DIGITS_END}`, 'g');
/**
 * A series in Cyrillic before the digits: the old Ukrainian internal passport ("КВ 384715"), a Ukrainian driving licence
 * ("ВХЕ 517302"). No window holds Cyrillic capitals, so the whole text is scanned, but only when normalisation found
 * characters beyond Latin-1 in it (a plain text has no Cyrillic: 2 MiB of prose is spared a 1 ms scan).
 */
function findCyrillicSeries(text: string, found: Found): void {
  if (found.plain === true) return;
  CYRILLIC_SERIES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CYRILLIC_SERIES.exec(text)) !== null) found.add(m.index, m.index + m[0].length, 0.2);
  CYRILLIC_SERIES.lastIndex = 0;
}
/** Column headers of identity documents, too common in prose to count near a number. */
const DOC_COLUMNS = ['document', 'doc', 'docnr', 'doc nr', 'id-document', 'iddocument', 'legitimatienr'];

export const idDocumentRecognizer: Recognizer = {
  name: 'nl_id_document',
  type: 'ID_DOCUMENT',
  prefilter: HAS_DIGIT,
  patterns: [
    // Two capitals, then capitals or digits, ending in a digit (a shape specific enough that "nummer" before it will
    // do: "paspoort van mijn dochter … (nummer NR8J4TPL6)"): a capital meets a digit within the first eight
    // characters, so the analyzer runs it only around capital-digit pairs (letterDigit).
    { name: 'nl_document_number', regex: new RegExp(`[A-NP-Z](?<![${ALNUM}][A-NP-Z])[A-NP-Z][A-NP-Z0-9]{6}\\d(?![${ALNUM}])`, 'g'), score: 0.35, letterDigit: true },
  ],
  validate: (v) => (v.slice(2).match(/\d/g)?.length ?? 0) >= 2,
  context: [...DOC_CONTEXT, 'nummer', 'nr'],
  columnContext: DOC_COLUMNS,
  contextBoost: 0.5,
  contextRequired: true,
};

/**
 * Nine capitals and digits interleaved, at least three of each, a letter after a digit ("W4FK82L06",
 * "IRF83LK5D", "V73K9R2P4"): the numbers of residence documents and ID cards as residents copy them from a
 * photo. The shape is rare enough in text that a document word up to a few lines before it will do, as in a
 * chat where the question names the document and the answer gives the number.
 */
const LETTERS_AND_DIGITS_MIXED = /^(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z]+\d.*[A-Z]/;
export const idDocumentCodeRecognizer: Recognizer = {
  name: 'id_document_code',
  type: 'ID_DOCUMENT',
  prefilter: HAS_DIGIT,
  patterns: [
    // the first digit comes within the first seven characters, after a capital: a capital-digit pair (letterDigit)
    { name: 'interleaved_code', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])(?=[A-Z]{0,5}\\d)[A-Z0-9]{8}(?![${ALNUM}])`, 'g'), score: 0.35, letterDigit: true },
  ],
  validate: (v) => LETTERS_AND_DIGITS_MIXED.test(v),
  context: [...DOC_CONTEXT, 'nummer', 'nr', 'docnr', 'foto', 'kopie'],
  columnContext: DOC_COLUMNS,
  contextBoost: 0.5,
  contextBefore: 200,
  contextAcrossSentences: true,
  contextRequired: true,
};

export const drivingLicenceRecognizer: Recognizer = {
  name: 'nl_driving_licence',
  type: 'ID_DOCUMENT',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'driving_licence_10_digits', regex: new RegExp(`\\d(?<![${ALNUM}.,\\-]\\d)\\d{9}(?![${ALNUM}]|[.,\\-]\\d)`, 'g'), score: 0.1, minDigits: 10 }],
  context: ['rijbewijs', 'rijbewijsnummer', 'rijbewijsnr', 'driving licence', 'driving license', "driver's license"],
  contextBoost: 0.75,
  contextRequired: true,
};

/**
 * Foreign passports and ID cards ("Paspoortnummer: V4827163", "Roemeens paspoort 057219384"): shapes too common
 * to take without a document word right before or after. Nine digits that pass the 11-proef are left to the BSN
 * recognizer, so a BSN next to "paspoort" is still a BSN, and blocked.
 */
export const foreignIdDocumentRecognizer: Recognizer = {
  name: 'foreign_id_document',
  type: 'ID_DOCUMENT',
  prefilter: HAS_DIGIT,
  patterns: [
    // a capital or two touching the digits (Syrian passports: "N014827736"): run around capital-digit pairs only (letterDigit)
    // …and a capital after them too, as Philippine passports end ("P4728391B")
    { name: 'letters_and_digits', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])[A-Z]?\\d{6,9}[A-Z]?(?![${ALNUM}])`, 'g'), score: 0.2, letterDigit: true },
    // 7–9 digits, or a Belgian identity card's three, seven and two joined by dashes ("592-4418763-12")
    { name: 'digits', regex: new RegExp(`${ID_DIGITS_START}(?:\\d{6,8}|\\d{2}-\\d{7}-\\d{2})${ID_DIGITS_END}`, 'g'), score: 0.2, minDigits: 7 },
    // a series of up to three capitals and a space before the digits, as Polish, Romanian and Ukrainian ID cards and
    // passports are written ("CFR 482913", "RX 618204", "N 012478536"): a capital, a space and a digit (letterDigit)
    { name: 'spaced_series', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])[A-Z]{0,2} \\d{6,9}${ID_DIGITS_END}`, 'g'), score: 0.2, letterDigit: true },
    // six digits and two capitals, as the Hungarian identity card is numbered ("184627KL"): a digit meets a capital
    { name: 'digits_and_letters', regex: new RegExp(`${ID_DIGITS_START}\\d{5}[A-Z]{2}(?![${ALNUM}])`, 'g'), score: 0.2, letterDigit: true },
  ],
  // …and in Cyrillic (findCyrillicSeries)
  find: findCyrillicSeries,
  // (nine digits, not a letter and eight: "U28410397" is a Turkish passport whatever its digits' 11-proef says)
  validate: (v) => !(NINE_DIGITS.test(v) && validNineDigits(v)) && !(v.includes(' ') && NOT_SERIES.has(v.slice(0, v.indexOf(' ')))),
  // (a foreign driving licence is an identity document too; the Dutch one has its own recognizer)
  context: [...DOC_CONTEXT.filter((w) => w !== 'id'), 'rijbewijs', 'driving licence', 'driving license', "driver's license", 'посвідчення водія'],
  // a column "document" or "doc.nr" of a register's export ("…;PL;AXK204819;…")
  columnContext: DOC_COLUMNS,
  contextBoost: 0.5,
  // "ID-kaart gekregen via het consulaat in Den Haag, nr. 009482715": the document is named earlier in the sentence
  contextBefore: 96,
  contextRequired: true,
  // a case or file number near a document word: "Zaak BZ 2025118 over het paspoort"
  negativeContext: CASE_NUMBER_WORDS,
};

/**
 * The Portuguese citizen card (Cartão de Cidadão): eight digits, a check digit, two letters and a digit ("14827306 8
 * ZX2"), validated by its check characters (stdnum), with a document word near.
 */
export const portugueseCitizenCardRecognizer: Recognizer = {
  name: 'pt_citizen_card',
  type: 'ID_DOCUMENT',
  prefilter: HAS_DIGIT,
  // nine digits with at most a space between them: run in the long-number windows
  patterns: [{ name: 'pt_citizen_card', regex: new RegExp(`${ID_DIGITS_START}\\d{7} ?\\d ?[A-Z]{2}\\d(?![${ALNUM}])`, 'g'), score: 0.3, minDigits: 9 }],
  validate: (v) => portugueseCitizenCard(v).isValid,
  context: [...DOC_CONTEXT, 'cartão de cidadão', 'cartao de cidadao', 'cartão do cidadão', 'citizen card'],
  contextBoost: 0.5,
  contextRequired: true,
};

const NINE_DIGITS = /^\d{9}$/;
/** Labels before a number, not series of a document number: "BSN 123456789", "KVK 12345678". */
const NOT_SERIES = new Set(['BSN', 'KVK', 'BTW', 'TEL', 'NR', 'FAX', 'IBAN', 'NL', 'BE', 'DE']);
