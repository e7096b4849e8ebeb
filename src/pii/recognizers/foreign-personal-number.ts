/**
 * Foreign personal numbers (the BRP's "buitenlands persoonsnummer"): the national identification numbers of the
 * countries many residents come from, as their documents and forms print them. Polish PESEL, Romanian CNP,
 * Bulgarian EGN, Belgian national register number, Lithuanian, Latvian and Estonian personal codes, Czech and Slovak
 * birth numbers ("rodné číslo", "855215/1234"), German tax ID, Spanish DNI and NIE, Italian codice fiscale, Portuguese
 * NIF, French NIR, Greek AMKA, Croatian OIB, Slovenian EMŠO, Danish CPR, Turkish T.C. Kimlik No, Swedish personnummer,
 * Finnish HETU, Norwegian fødselsnummer, Icelandic kennitala, Irish PPS, British National Insurance number, Austrian
 * and Swiss social security numbers, Ukrainian taxpayer number (РНОКПП, the "ІПН"), Chinese resident ID, Korean
 * resident registration number (RRN), Brazilian CPF, Indian Aadhaar and PAN, Ghanaian TIN. Each is validated by
 * its own checksum (and date and region, where the number holds them) with stdnum, and needs a word for it or its
 * country near: a checksum alone passes one random number in ten. Only the Belgian number as the identity card prints
 * it needs no word (its shape is its own).
 */
import { validate as austrianSocialSecurity } from 'stdnum/lib/cjs/at/vnr.js';
import { validate as brazilianCpf } from 'stdnum/lib/cjs/br/cpf.js';
import { validate as bulgarianEgn } from 'stdnum/lib/cjs/bg/egn.js';
import { validate as belgianNational } from 'stdnum/lib/cjs/be/nn.js';
import { validate as swissSocialSecurity } from 'stdnum/lib/cjs/ch/ssn.js';
import { validate as chineseResidentId } from 'stdnum/lib/cjs/cn/ric.js';
import { validate as czechBirthNumber } from 'stdnum/lib/cjs/cz/rc.js';
import { validate as germanTaxId } from 'stdnum/lib/cjs/de/idnr.js';
import { validate as danishCpr } from 'stdnum/lib/cjs/dk/cpr.js';
import { validate as estonianCode } from 'stdnum/lib/cjs/ee/ik.js';
import { validate as spanishDni } from 'stdnum/lib/cjs/es/dni.js';
import { validate as spanishNie } from 'stdnum/lib/cjs/es/nie.js';
import { validate as finnishHetu } from 'stdnum/lib/cjs/fi/hetu.js';
import { validate as frenchNir } from 'stdnum/lib/cjs/fr/nir.js';
import { validate as britishInsuranceNumber } from 'stdnum/lib/cjs/gb/nino.js';
import { validate as ghanaTin } from 'stdnum/lib/cjs/gh/tin.js';
import { validate as greekAmka } from 'stdnum/lib/cjs/gr/amka.js';
import { validate as croatianOib } from 'stdnum/lib/cjs/hr/oib.js';
import { validate as irishPps } from 'stdnum/lib/cjs/ie/pps.js';
import { validate as icelandicKennitala } from 'stdnum/lib/cjs/is/kennitala.js';
import { validate as indianAadhaar } from 'stdnum/lib/cjs/in/aadhaar.js';
import { validate as indianPan } from 'stdnum/lib/cjs/in/pan.js';
import { validate as italianFiscalCode } from 'stdnum/lib/cjs/it/codicefiscale.js';
import { validate as koreanRrn } from 'stdnum/lib/cjs/kr/rrn.js';
import { validate as lithuanianCode } from 'stdnum/lib/cjs/lt/asmens.js';
import { validate as latvianCode } from 'stdnum/lib/cjs/lv/pvn.js';
import { validate as norwegianBirthNumber } from 'stdnum/lib/cjs/no/fodselsnummer.js';
import { validate as polishPesel } from 'stdnum/lib/cjs/pl/pesel.js';
import { validate as portugueseNif } from 'stdnum/lib/cjs/pt/nif.js';
import { validate as romanianCnp } from 'stdnum/lib/cjs/ro/cnp.js';
import { validate as swedishPersonnummer } from 'stdnum/lib/cjs/se/personnummer.js';
import { validate as slovenianEmso } from 'stdnum/lib/cjs/si/emso.js';
import { validate as slovakBirthNumber } from 'stdnum/lib/cjs/sk/rc.js';
import { validate as turkishIdentityNumber } from 'stdnum/lib/cjs/tr/tckimlik.js';
import { validate as ukrainianTaxpayerNumber } from 'stdnum/lib/cjs/ua/rntrc.js';
import type { Recognizer } from '../types.js';
import { CASE_NUMBER_WORDS, ID_DIGITS_END, ID_DIGITS_START } from './id-document.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

/**
 * The countries whose numbers are checked here, as a resident or a form names them next to the number: "my number
 * from romania is 2920719395618", "Poolse nummer". The number must still pass that country's check.
 */
const COUNTRY_WORDS = [
  'polen', 'pools', 'poolse', 'poland', 'polish', 'roemenië', 'roemenie', 'roemeens', 'roemeense', 'romania', 'romanian',
  'bulgarije', 'bulgaars', 'bulgaarse', 'bulgaria', 'bulgarian', 'litouwen', 'litouws', 'litouwse', 'lithuania', 'lithuanian',
  'letland', 'lets', 'letse', 'latvia', 'latvian', 'estland', 'ests', 'estse', 'estonia', 'estonian', 'tsjechië', 'tsjechie',
  'tsjechisch', 'tsjechische', 'czech', 'slowakije', 'slowaaks', 'slowaakse', 'slovakia', 'slovak', 'turkije', 'turks', 'turkse',
  'turkey', 'turkish', 'griekenland', 'grieks', 'griekse', 'greece', 'greek', 'kroatië', 'kroatie', 'kroatisch', 'kroatische',
  'croatia', 'croatian', 'slovenië', 'slovenie', 'sloveens', 'sloveense', 'slovenia', 'slovenian', 'belgisch', 'belgische',
  'belgian', 'portugees', 'portugese', 'portuguese', 'spaans', 'spaanse', 'spanish', 'italiaans', 'italiaanse', 'italian',
  'duits', 'duitse', 'german', 'deens', 'deense', 'danish', 'frans', 'franse', 'french', 'zweden', 'zweeds', 'zweedse', 'sweden',
  'swedish', 'finland', 'fins', 'finse', 'finnish', 'noorwegen', 'noors', 'noorse', 'norway', 'norwegian', 'ijsland', 'ijslands',
  'ijslandse', 'iceland', 'icelandic', 'ierland', 'iers', 'ierse', 'ireland', 'irish', 'brits', 'britse', 'british',
  'verenigd koninkrijk', 'united kingdom', 'oostenrijk', 'oostenrijks', 'oostenrijkse', 'austria', 'austrian', 'zwitserland',
  'zwitsers', 'zwitserse', 'switzerland', 'swiss', 'oekraïne', 'oekraine', 'oekraïens', 'oekraïense', 'oekraiens', 'oekraiense',
  'ukraine', 'ukrainian', 'україна', 'український', 'українська', 'china', 'chinees', 'chinese', '中国', 'korea', 'koreaans',
  'koreaanse', 'korean', 'brazilië', 'brazilie', 'braziliaans', 'braziliaanse', 'brazil', 'brazilian', 'india', 'indiaas',
  'indiase', 'indian', 'ghana', 'ghanees', 'ghanese', 'ghanaian',
];
/** The Czech and Slovak birth number ("rodné číslo"), as forms and residents name it. */
const BIRTH_NUMBER_WORDS = ['rodné číslo', 'rodne cislo', 'rodné č.', 'r.č.', 'birth number'];
type Check = (value: string) => { isValid: boolean; isIndividual?: boolean };
/** A check that takes company numbers too (Latvia, Iceland, Austria), narrowed to a person's. */
const individual =
  (check: Check): Check =>
  (value) => {
    const r = check(value);
    return { isValid: r.isValid && r.isIndividual === true };
  };
/**
 * The Ukrainian taxpayer number opens with the holder's birth date as days since 1900: a leading zero would mean born
 * before 1927, and is how a Dutch phone number opens ("0612345678").
 */
const ukrainianNumber: Check = (value) => ({ isValid: value.charCodeAt(0) !== 48 && ukrainianTaxpayerNumber(value).isValid });
/** The checks for a number of this many digits (separators dropped). */
const BY_DIGITS = new Map<number, readonly Check[]>([
  [10, [bulgarianEgn, czechBirthNumber, slovakBirthNumber, danishCpr, individual(icelandicKennitala), individual(austrianSocialSecurity),
    ukrainianNumber]],
  [11, [polishPesel, belgianNational, lithuanianCode, individual(latvianCode), estonianCode, germanTaxId, greekAmka, croatianOib,
    turkishIdentityNumber, norwegianBirthNumber, brazilianCpf]],
  [12, [indianAadhaar]],
  [13, [romanianCnp, slovenianEmso, swissSocialSecurity, koreanRrn]],
  [15, [frenchNir]],
  [18, [chineseResidentId]],
]);
/** The checks that read the separator as written: the Swedish '-' (or '+' past a hundred) and the Finnish century sign. */
const AS_WRITTEN: readonly Check[] = [swedishPersonnummer, finnishHetu];

/**
 * One pass over the long-number windows, shared with the printed Belgian number (one scan, two recognizers): 10, 11 or
 * 13 digits (EGN, birth numbers, CPR; PESEL, the Baltic codes, the German tax ID, AMKA, OIB, Kimlik; CNP, EMŠO), a date
 * of six digits and a serial after '/' or '-' (birth numbers "855215/1234", the Latvian "161175-19997", the Danish
 * "211062-5629"), the French NIR in its groups ("2 95 10 99 126 111 93"), the Belgian number as the Belgian ID card
 * prints it ("85.07.30-033.28") or in groups ("850730 033 28"), the Swedish number with the century ("19811218-9876"),
 * the Finnish one with a letter last ("131052-308T"), the Austrian ("1237 010180") and the Swiss ("756.9217.0769.85")
 * in their groups, the Korean RRN ("900417-2952958"), the Brazilian CPF ("066.477.144-05"), the Indian Aadhaar in
 * groups of four ("7394 6182 0578"), the Spanish DNI, eight digits and a letter ("12345678Z", "12345678-Z"), the Irish PPS, seven digits
 * and one or two letters ("6433435F", "6433435FT"), and the NIE ("X1234567L", "X-1234567-L").
 */
const PERSONAL_NUMBER = new RegExp(
  `${ID_DIGITS_START}(?:(?:\\d{9,10}|\\d{12}|\\d{16}[0-9X]|\\d(?<!\\+\\d\\d) \\d{3} \\d{3} \\d{3}|\\d{5}[/-]\\d{4,5}|\\d{7}-\\d{4}| ?\\d{2} ?\\d{2} ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{2}|\\d\\.?\\d{2}\\.?\\d{2}[-. ]\\d{3}[-. ]?\\d{2}|\\d{3} \\d{6}|\\d{2}\\.\\d{4}\\.\\d{4}\\.\\d{2}|\\d{5}-\\d{7}|\\d{2}\\.\\d{3}\\.\\d{3}-\\d{2}|\\d{3} \\d{4} \\d{4})${ID_DIGITS_END}|(?:\\d{7}[- ]?|\\d{5}-\\d{3})[A-Z](?![${ALNUM}])|\\d{6}[A-W][AHWTX]?(?![${ALNUM}]))|[XYZ](?<![${ALNUM}][XYZ])[ \\-]?\\d{7}[ \\-]?[A-Z](?![${ALNUM}])`,
  'g',
);

/** Valid under one of the schemes its shape allows. */
function validForeignNumber(value: string): boolean {
  if (AS_WRITTEN.some((check) => check(value).isValid)) return true;
  const compact = value.replace(/[ .\-/]/g, '');
  if (compact.length === 16) return italianFiscalCode(compact).isValid;
  if (BRITISH.test(compact)) return britishInsuranceNumber(compact).isValid;
  if (/^\d{7}[A-Z]{1,2}$/.test(compact)) return irishPps(compact).isValid;
  if (compact.length === 18) return chineseResidentId(compact).isValid;
  if (PAN.test(compact)) return indianPan(compact).isValid;
  if (GHANA_TIN.test(compact)) return ghanaTin(compact).isValid;
  if (/[A-Z]$/.test(compact)) return (/^\d/.test(compact) ? spanishDni : spanishNie)(compact).isValid;
  return (BY_DIGITS.get(compact.length) ?? []).some((check) => check(compact).isValid);
}
/** The Indian PAN (five letters, four digits, a letter) and the Ghanaian TIN (a letter and ten digits). */
const PAN = /^[A-Z]{5}\d{4}[A-Z]$/;
const GHANA_TIN = /^[PCGQV]\d{10}$/;
/** The British National Insurance number without its spaces: two letters, six digits, a letter. */
const BRITISH = /^[A-Z]{2}\d{6}[A-D]$/;

export const foreignPersonalNumberRecognizer: Recognizer = {
  name: 'foreign_personal_number',
  type: 'BUITENLANDS_PERSOONSNUMMER',
  prefilter: HAS_DIGIT,
  patterns: [
    {
      name: 'personal_number',
      regex: PERSONAL_NUMBER,
      score: 0.3,
      minDigits: 7,
    },
    // Italian codice fiscale ("RSSMRA85T10A562S"): six letters meet two digits (a capital-digit pair)
    { name: 'codice_fiscale', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])[A-Z]{5}\\d{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![${ALNUM}])`, 'g'), score: 0.3, letterDigit: true },
    // the Finnish HETU of those born since 2000, its century a letter ("010203A1230"): a digit meets a capital
    { name: 'hetu_letter_century', regex: new RegExp(`${ID_DIGITS_START}\\d{5}[A-FU-Y]\\d{3}[0-9A-Y](?![${ALNUM}])`, 'g'), score: 0.3, letterDigit: true },
    // the British National Insurance number ("AB 12 34 56 C", "JG103759A"): a capital meets a digit
    { name: 'national_insurance', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])[A-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![${ALNUM}])`, 'g'), score: 0.3, letterDigit: true },
    // the Indian PAN ("ARMPK4821F") and the Ghanaian TIN ("P0047182652"): a capital meets a digit
    { name: 'pan_or_tin', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])(?:[A-Z]{4}\\d{4}[A-Z]|\\d{10})(?![${ALNUM}])`, 'g'), score: 0.3, letterDigit: true },
  ],
  validate: validForeignNumber,
  context: [
    'pesel', 'cnp', 'cod numeric personal', 'egn', 'егн', 'rijksregisternummer', 'rijksregisternr', 'rijksregister', 'insz',
    'numéro national', 'numéro de registre national', 'nationaal nummer', 'nationaal registernummer', 'asmens kodas',
    'isikukood', 'a.k.', 'persoonscode', 'steuer-id', 'steuer id', 'steueridentifikationsnummer', 'steuer-identifikationsnummer', 'identifikationsnummer',
    'idnr', 'dni', 'nie', 'nif', 'codice fiscale', 'cf', ...BIRTH_NUMBER_WORDS, 'personas kods', 'personas kodu', 'nir',
    'numéro de sécurité sociale', 'sécurité sociale', 'numéro insee', 'amka', 'αμκα', 'oib', 'emšo', 'emso', 'cpr',
    'cpr-nummer', 'cpr-nr', 'kimlik', 'kimlik no', 'tckn', 'rrn', 'persoonsnr', 'personnummer', 'personnr', 'henkilötunnus',
    'henkilotunnus', 'hetu', 'fødselsnummer', 'fodselsnummer', 'kennitala', 'pps', 'ppsn', 'pps number', 'national insurance',
    'nino', 'ni number', 'versicherungsnummer', 'sozialversicherungsnummer', 'svnr', 'vsnr', 'ahv', 'ahv-nummer', 'ahv-nr', 'avs',
    'рнокпп', 'іпн', 'ідентифікаційний код', 'rnokpp', 'rntrc', 'ipn', 'kt.', 'hmrc', 'p45', 'p60', 'belastingnummer',
    'tax number', 'taxpayer number', 'tax id', 'cpf', 'id number', 'aadhaar', 'pan', 'pan card', 'pan-kaart', 'tin',
    'foreignid', 'foreign_id', ...COUNTRY_WORDS,
    'buitenlands persoonsnummer', 'persoonsnummer', 'personal number',
    'personal code', 'personal identification number', 'national id number', 'national identification number',
  ],
  // a column of foreign numbers: "buitenlands_nr" in a CSV export, "Buitenl. nr." heading a table
  // (and "Pers.nr. herkomstland", "buitenl_persnr": in a column only, as a personnel number is written so too)
  columnContext: ['buitenlands_nr', 'buitenlands nr', 'buitenl. nr', 'buitenl nr', 'foreign id', 'foreign number', 'national id', 'pers.nr', 'pers. nr', 'persnr'],
  contextBoost: 0.5,
  contextRequired: true,
  // a case or file number near such a word: "zaak 44051401359 over de PESEL-aanvraag"
  negativeContext: CASE_NUMBER_WORDS,
};

/**
 * Nine-digit foreign numbers: the Portuguese NIF, and the Czech and Slovak birth numbers of those born before 1954
 * ("380512/123", no check digit). Nine digits are also the shape of a BSN and of many document numbers, and an old birth
 * number has only its date to check: only the number's own name counts as context here ("NIF", "rodné číslo"), not
 * another country's word nearby ("identiteitskaart 648201937, EGN 9705062877").
 */
export const foreignNineDigitNumberRecognizer: Recognizer = {
  name: 'foreign_nine_digit_number',
  type: 'BUITENLANDS_PERSOONSNUMMER',
  prefilter: HAS_DIGIT,
  // (the NIF in groups of three too: "200 435 795")
  patterns: [{ name: 'nine_digits', regex: new RegExp(`${ID_DIGITS_START}(?:\\d{8}|\\d{5}/\\d{3}|\\d{2} \\d{3} \\d{3})${ID_DIGITS_END}`, 'g'), score: 0.3, minDigits: 9 }],
  validate: (value) => {
    const compact = value.replace(/[/ ]/g, '');
    return portugueseNif(compact).isValid || czechBirthNumber(compact).isValid || slovakBirthNumber(compact).isValid;
  },
  context: ['nif', 'número de contribuinte', 'contribuinte', ...BIRTH_NUMBER_WORDS],
  contextBoost: 0.5,
  contextRequired: true,
  negativeContext: CASE_NUMBER_WORDS,
};

/**
 * The Belgian national number as the Belgian identity card prints it ("91.11.12-164.09"): a shape of its own, a date
 * and a check of 97, so it needs no word for it ("Partner Sofie Janssens (91.11.12-164.09)"). A case number's word
 * before it still rules it out.
 */
const PRINTED_BELGIAN = /^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/;
export const belgianPrintedNumberRecognizer: Recognizer = {
  name: 'be_national_number_printed',
  type: 'BUITENLANDS_PERSOONSNUMMER',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'printed', regex: PERSONAL_NUMBER, score: 0.85, minDigits: 7 }],
  validate: (value) => PRINTED_BELGIAN.test(value) && belgianNational(value.replace(/[.-]/g, '')).isValid,
  negativeContext: CASE_NUMBER_WORDS,
};
