/** Checksums used by validators. Inputs are digit strings unless stated otherwise. */

/** Dutch 11-proef as used for BSN/RSIN: weights 9..2 and -1 for the last digit. Accepts 8 or 9 digits. */
export function elfProef(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const d = digits.padStart(9, '0');
  if (/^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (d.charCodeAt(i) - 48);
  sum -= d.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** Luhn (payment cards). */
export function luhn(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

/** One character into an ISO 7064 mod 97-10 remainder (char code in): digits 0–9, letters of either case 10–35. */
export function mod97Step(rem: number, c: number): number {
  const v = c <= 57 ? c - 48 : c <= 90 ? c - 55 : c - 87;
  return (v > 9 ? rem * 100 + v : rem * 10 + v) % 97;
}

/** ISO 7064 mod 97-10 over an alphanumeric string (letters A=10 … Z=35, either case). Returns the remainder. */
export function mod97(alnum: string): number {
  let rem = 0;
  for (let i = 0; i < alnum.length; i++) rem = mod97Step(rem, alnum.charCodeAt(i));
  return rem;
}
