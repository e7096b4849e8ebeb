/** Dutch licence plates, sidecodes 1–14 (validated with the license-plate package); undashed only with context. */
import licensePlateModule from 'license-plate';
import type { Recognizer } from '../types.js';
import { ALNUM, HAS_DIGIT } from './shared.js';

// The package is CommonJS with an ES-module-style default export: unwrap it under Node's ESM loader.
const LicensePlate = ((licensePlateModule as unknown as { default?: typeof licensePlateModule }).default ?? licensePlateModule) as unknown as new (plate: string) => { valid(): boolean; pretty(): string };

// Every sidecode is three groups of 1–3 letters or digits joined by dashes; license-plate checks which.
const DASHED = new RegExp(`[A-Z0-9](?<![${ALNUM}\\-][A-Z0-9])[A-Z0-9]{0,2}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![${ALNUM}]|-[${ALNUM}])`, 'g');
const COMPACT = new RegExp(`[A-Z0-9](?<![${ALNUM}\\-][A-Z0-9])[A-Z0-9]{5}(?![${ALNUM}\\-])`, 'g');

export function validPlate(value: string): boolean {
  const compact = value.replace(/-/g, '');
  if (!/[A-Z]/.test(compact) || !/\d/.test(compact)) return false;
  try {
    const plate = new LicensePlate(compact) as { valid(): boolean; pretty(): string };
    // dashes, when written, must sit where the sidecode puts them
    return plate.valid() && (!value.includes('-') || plate.pretty() === value);
  } catch {
    return false;
  }
}

const CONTEXT = ['kenteken', 'kentekenplaat', 'nummerbord', 'auto', 'voertuig', 'wagen', 'bestelbus', 'busje', 'motor', 'scooter', 'brommer', 'aanhanger', 'parkeervergunning', 'parkeren', 'geparkeerd', 'rdw', 'licence plate', 'license plate', 'car', 'vehicle'];

/** Dashed plates: found anywhere (context raises the score). */
export const licencePlateRecognizer: Recognizer = {
  name: 'nl_licence_plate',
  type: 'KENTEKEN',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'plate_dashed', regex: DASHED, score: 0.75 }],
  validate: validPlate,
  context: CONTEXT,
  contextBoost: 0.2,
};

/** Plates written without dashes ("GZ219K"): only next to a context word. */
export const compactLicencePlateRecognizer: Recognizer = {
  name: 'nl_licence_plate_compact',
  type: 'KENTEKEN',
  prefilter: HAS_DIGIT,
  patterns: [{ name: 'plate_compact', regex: COMPACT, score: 0.2 }],
  validate: validPlate,
  context: CONTEXT,
  contextBoost: 0.6,
  contextRequired: true,
};
