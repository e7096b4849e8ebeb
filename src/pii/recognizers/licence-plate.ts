/** Dutch licence plates, sidecodes 1–14 (validated with the license-plate package); undashed only with context. */
import licensePlateModule from 'license-plate';
import type { Recognizer } from '../types.js';

// The package is CommonJS with an ES-module-style default export: unwrap it under Node's ESM loader.
const LicensePlate = ((licensePlateModule as unknown as { default?: typeof licensePlateModule }).default ?? licensePlateModule) as unknown as new (plate: string) => { valid(): boolean };

const L = '[A-Z]';
const D = String.raw`\d`;
const SIDECODES = [
  [2, 2, 2, 'LDD'], [2, 2, 2, 'DDL'], [2, 2, 2, 'DLD'], [2, 2, 2, 'LDL'], [2, 2, 2, 'LLD'], [2, 2, 2, 'DLL'],
  [2, 3, 1, 'DLD'], [1, 3, 2, 'DLD'], [2, 3, 1, 'LDL'], [1, 3, 2, 'LDL'], [3, 2, 1, 'LDL'], [1, 2, 3, 'LDL'],
  [1, 2, 3, 'DLD'], [3, 2, 1, 'DLD'],
] as const;
const dashed = SIDECODES.map(([a, b, c, k]) => {
  const cls = (ch: string) => (ch === 'L' ? L : D);
  return `${cls(k[0])}{${a}}-${cls(k[1])}{${b}}-${cls(k[2])}{${c}}`;
}).join('|');

export function validPlate(value: string): boolean {
  const compact = value.replace(/-/g, '');
  if (!/[A-Z]/.test(compact) || !/\d/.test(compact)) return false;
  try {
    return new LicensePlate(compact).valid();
  } catch {
    return false;
  }
}

export const licencePlateRecognizer: Recognizer = {
  name: 'nl_licence_plate',
  type: 'KENTEKEN',
  patterns: [
    { name: 'plate_dashed', regex: new RegExp(String.raw`(?<![\p{L}\p{N}\-])(?:${dashed})(?![\p{L}\p{N}]|-[\p{L}\p{N}])`, 'gu'), score: 0.75 },
    { name: 'plate_compact', regex: /(?<![\p{L}\p{N}\-])(?=[A-Z0-9]{6}(?![\p{L}\p{N}\-]))(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}/gu, score: 0.2 },
  ],
  validate: validPlate,
  context: ['kenteken', 'kentekenplaat', 'nummerbord', 'auto', 'voertuig', 'wagen', 'bestelbus', 'busje', 'motor', 'scooter', 'brommer', 'aanhanger', 'parkeervergunning', 'parkeren', 'geparkeerd', 'rdw', 'licence plate', 'license plate', 'car', 'vehicle'],
  contextBoost: 0.6,
};
