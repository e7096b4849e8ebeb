/**
 * Phone numbers: Dutch mobile and landline (06-12345678, 020 123 4567, (0297) 12 34 56), +31 / 0031,
 * and international numbers. Candidates come from a bounded regular expression; libphonenumber-js (full
 * metadata) decides. Free-phone, premium and shared-cost service numbers (0800, 0900, 14 0xx) are not personal.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Recognizer } from '../types.js';
import { ALNUM, DECIMALS, HAS_DIGIT } from './shared.js';

// a comma glues only decimals (a CSV row: "m.alhassan93@gmail.com,0687741206,nee"; see DECIMALS)
const NOT_BEFORE = `[${ALNUM}_@/.+\\-]`;
const AFTER = String.raw`(?![0-9]|[.\-][0-9]|${DECIMALS})`;
// the first character is matched before the lookbehind, so V8 can skip ahead to '+', '0' or '(' quickly
// between digits: nothing, one of ' ', '.', '-', or a spaced dash ("020 - 123 45 67")
const SEP = String.raw`(?:[ .\-]| - )?`;
const INTERNATIONAL = new RegExp(String.raw`(?:\+(?<!${NOT_BEFORE}\+)|0(?<!${NOT_BEFORE}0)0)[1-9]\d{0,2}(?:[ .\-]?\(0\))?(?:${SEP}\d){6,12}${AFTER}`, 'g');
const NATIONAL = new RegExp(String.raw`(?:\((?<!${NOT_BEFORE}\()0\d{1,3}\)[ \-]?\d|0(?<!${NOT_BEFORE}0)\d)(?:${SEP}\d){6,8}${AFTER}`, 'g');
const DATE_SHAPE = /^\d{1,2}([\-/.])\d{1,2}\1\d{2,4}$/;
/** A date with its year and the hour after it, as chat logs stamp their lines: "[03-11-2025 19:42]". */
const DATE_AND_HOUR = /^\d{1,2}([\-/.])\d{1,2}\1(?:19|20)\d{2} \d/;
const NOT_PERSONAL = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

/**
 * Dutch numbers (0…, +31…, 0031…) are checked by rule: 10 digits nationally, geographic (01–05, 07),
 * mobile (06), or 084/085/087/088; not 0800/0900/0906/0909 service numbers. Everything else goes to
 * libphonenumber-js, whose parser costs tens of microseconds a number.
 */
function dutchNational(value: string): string | null {
  const d = value.replace(/\(0\)/, '').replace(/[^0-9+]/g, '');
  if (d.startsWith('+31')) return `0${d.slice(3)}`;
  if (d.startsWith('0031')) return `0${d.slice(4)}`;
  if (d.startsWith('0') && !d.startsWith('00')) return d;
  return null;
}
// every 06 number counts, assigned range or not (06-9…): a mistyped mobile number is still someone's
const NL_VALID = /^0(?:[1-57]\d|6\d|8[4578])\d{7}$/;

export function validPhone(value: string): boolean | number {
  if (DATE_SHAPE.test(value) || DATE_AND_HOUR.test(value)) return false;
  const nl = dutchNational(value);
  if (nl !== null) return NL_VALID.test(nl) && !/^0(?:800|90[0-9])/.test(nl);
  const p = parsePhoneNumberFromString(value.replace('(0)', ''), 'NL');
  if (!p) return false;
  // written with '+' and a possible length for its country, it is a phone number even when the range is
  // not (yet) assigned: over-redacting one is cheaper than letting one through
  if (!p.isValid()) return value.startsWith('+') && p.isPossible();
  const t = p.getType();
  if (t && NOT_PERSONAL.has(t)) return false;
  return true;
}

export const phoneRecognizer: Recognizer = {
  name: 'phone',
  type: 'TELEFOON',
  prefilter: HAS_DIGIT,
  patterns: [
    { name: 'phone_international', regex: INTERNATIONAL, score: 0.75, minDigits: 7 },
    { name: 'phone_national', regex: NATIONAL, score: 0.7, minDigits: 8 },
  ],
  validate: validPhone,
  // libphonenumber takes 10–35 µs for a number outside the Netherlands: 1 MiB of "+123456789 …" took 800 ms
  maxValidations: 512,
  context: ['tel', 'telefoon', 'telefoonnummer', 'mobiel', 'mobiele', 'gsm', 'bel', 'bellen', 'whatsapp', 'phone', 'mobile', 'nummer', 'fax'],
  contextBoost: 0.2,
};
