/**
 * Foreign personal numbers (the BRP's "buitenlands persoonsnummer"): the national identification numbers of the
 * countries many residents come from, as their documents and forms print them. Polish PESEL, Romanian CNP,
 * Bulgarian EGN, Belgian national register number, Lithuanian and Estonian personal codes, German tax ID, Spanish
 * DNI and NIE, Italian codice fiscale. Each is validated by its own checksum (and date and region, where the
 * number holds them) with stdnum, and needs a word for it near: a checksum alone passes one random number in ten.
 */
import { validate as bulgarianEgn } from 'stdnum/lib/cjs/bg/egn.js';
import { validate as belgianNational } from 'stdnum/lib/cjs/be/nn.js';
import { validate as germanTaxId } from 'stdnum/lib/cjs/de/idnr.js';
import { validate as estonianCode } from 'stdnum/lib/cjs/ee/ik.js';
import { validate as spanishDni } from 'stdnum/lib/cjs/es/dni.js';
import { validate as spanishNie } from 'stdnum/lib/cjs/es/nie.js';
import { validate as italianFiscalCode } from 'stdnum/lib/cjs/it/codicefiscale.js';
import { validate as lithuanianCode } from 'stdnum/lib/cjs/lt/asmens.js';
import { validate as polishPesel } from 'stdnum/lib/cjs/pl/pesel.js';
import { validate as romanianCnp } from 'stdnum/lib/cjs/ro/cnp.js';
import type { Recognizer } from '../types.js';
import { CASE_NUMBER_WORDS, ID_DIGITS_END, ID_DIGITS_START } from './id-document.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

type Check = (value: string) => { isValid: boolean };
/** The checks for a number of this many digits (separators dropped). */
const BY_DIGITS = new Map<number, readonly Check[]>([
  [10, [bulgarianEgn]],
  [11, [polishPesel, belgianNational, lithuanianCode, estonianCode, germanTaxId]],
  [13, [romanianCnp]],
]);

/** Valid under one of the schemes its shape allows. */
function validForeignNumber(value: string): boolean {
  const compact = value.replace(/[ .\-/]/g, '');
  if (compact.length === 16) return italianFiscalCode(compact).isValid;
  if (/[A-Z]$/.test(compact)) return (/^\d/.test(compact) ? spanishDni : spanishNie)(compact).isValid;
  return (BY_DIGITS.get(compact.length) ?? []).some((check) => check(compact).isValid);
}

export const foreignPersonalNumberRecognizer: Recognizer = {
  name: 'foreign_personal_number',
  type: 'BUITENLANDS_PERSOONSNUMMER',
  prefilter: HAS_DIGIT,
  patterns: [
    // one pass over the long-number windows: 10, 11 or 13 digits (EGN; PESEL, the Baltic codes, the German tax ID;
    // CNP), the Belgian number as the Belgian ID card prints it ("85.07.30-033.28") or in groups ("850730 033 28"), the
    // Spanish DNI, eight digits and a letter ("12345678Z", "12345678-Z"), and NIE ("X1234567L", "X-1234567-L")
    {
      name: 'personal_number',
      regex: new RegExp(
        `${ID_DIGITS_START}(?:(?:\\d{9}|\\d{10}|\\d{12}|\\d\\.?\\d{2}\\.?\\d{2}[-. ]\\d{3}[-. ]?\\d{2})${ID_DIGITS_END}|\\d{7}[- ]?[A-Z](?![${ALNUM}]))|[XYZ](?<![${ALNUM}][XYZ])[ \\-]?\\d{7}[ \\-]?[A-Z](?![${ALNUM}])`,
        'g',
      ),
      score: 0.3,
      minDigits: 7,
    },
    // Italian codice fiscale ("RSSMRA85T10A562S"): six letters meet two digits (a capital-digit pair)
    { name: 'codice_fiscale', regex: new RegExp(`[A-Z](?<![${ALNUM}][A-Z])[A-Z]{5}\\d{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![${ALNUM}])`, 'g'), score: 0.3, letterDigit: true },
  ],
  validate: validForeignNumber,
  context: [
    'pesel', 'cnp', 'cod numeric personal', 'egn', 'егн', 'rijksregisternummer', 'rijksregisternr', 'rijksregister', 'insz',
    'numéro national', 'numéro de registre national', 'nationaal nummer', 'nationaal registernummer', 'asmens kodas',
    'isikukood', 'a.k.', 'persoonscode', 'steuer-id', 'steuer id', 'steueridentifikationsnummer', 'steuer-identifikationsnummer', 'identifikationsnummer',
    'idnr', 'dni', 'nie', 'nif', 'codice fiscale', 'cf', 'buitenlands persoonsnummer', 'persoonsnummer', 'personal number',
    'personal code', 'personal identification number', 'national id number', 'national identification number',
  ],
  contextBoost: 0.5,
  contextRequired: true,
  // a case or file number near such a word: "zaak 44051401359 over de PESEL-aanvraag"
  negativeContext: CASE_NUMBER_WORDS,
};
