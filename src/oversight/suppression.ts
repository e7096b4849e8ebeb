/**
 * Small-group suppression: no monitoring of individual employees. A figure that describes a department
 * or an app (a breakdown cell, or a whole result filtered to one) is withheld when fewer than
 * `min_group_size` distinct people (user pseudonyms, or app keys where no user was named) are behind it,
 * unless every record in it belongs to a use case whose works council agreed (works_council_agreed).
 */
import type { Policy } from '../policy/index.js';

export interface Counted {
  /** Distinct people behind the figure. */
  people: number;
  /** Records of use cases without works-council agreement. */
  not_agreed: number;
}

export interface Suppressed {
  suppressed: true;
  reason: string;
}

export function agreedUseCases(policy: Policy): string {
  return JSON.stringify([...policy.useCases.values()].filter((u) => u.worksCouncilAgreed).map((u) => u.id));
}

export function mustSuppress(cell: Counted, minGroupSize: number): boolean {
  return cell.people < minGroupSize && cell.not_agreed > 0;
}

export function suppressionReason(minGroupSize: number): string {
  return `Minder dan ${minGroupSize} personen: niet getoond (geen monitoring van individuele medewerkers) / fewer than ${minGroupSize} people: withheld (no monitoring of individual employees)`;
}

/** Replaces each cell that must be suppressed by its keys and a notice; strips the counting fields. */
export function suppressCells<T extends Counted>(cells: T[], keys: (keyof T)[], minGroupSize: number): (Omit<T, 'people' | 'not_agreed'> | (Partial<T> & Suppressed))[] {
  return cells.map((cell) => {
    const { people: _p, not_agreed: _n, ...rest } = cell;
    if (!mustSuppress(cell, minGroupSize)) return rest;
    const kept: Partial<T> = {};
    for (const k of keys) kept[k] = cell[k];
    return { ...kept, suppressed: true as const, reason: suppressionReason(minGroupSize) };
  });
}
