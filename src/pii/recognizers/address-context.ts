/**
 * What around a street without a Dutch suffix says it is one (address.ts): a postcode or a listed place after its
 * number, address context before it ("woont aan de", "Adres:"), or, for a street in apposition ("…woont in de
 * Bijlmer, Kraaiennest 131"), a residence word earlier in its sentence and a number that ends the clause.
 */
import { key, places } from './person-lexicon.js';

/** Residence words: earlier in the same sentence, they make "…, Kraaiennest 131" an address. */
const RESIDENCE = /(?:^|[^a-z])(?:woon|woont|wonen|wonende|woonachtig|woonadres|verblijft|verhuisd|ingeschreven|lives|living)(?![a-z])/i;

/**
 * A postcode right after a house number ("Stratumseind 21, 5611 ER Eindhoven") makes the word before the
 * number a street, suffix or not; except for a PO box ("Postbus 16200, 3500 CE Utrecht").
 */
const POSTCODE_AFTER = /,?[ \n][1-9]\d{3} ?[A-Z]{2}(?![0-9A-Za-z])/y;
/** So does ", ", " in" or " te" and a listed place after it: "Sharon Pinas, Oranjerie 14, Utrecht", "Rietmeen 14 in Lelystad". */
const PLACE_AFTER = /(?:,| in| te) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?![A-Za-z])/y;
export function placeAfter(text: string, end: number): boolean {
  PLACE_AFTER.lastIndex = end;
  const m = PLACE_AFTER.exec(text);
  return m !== null && places.has(key(m[1]));
}
export function postcodeAfter(text: string, end: number): boolean {
  POSTCODE_AFTER.lastIndex = end;
  return POSTCODE_AFTER.test(text);
}

/**
 * "…woont sinds maart in de Bijlmer, Kraaiennest 131": a street name in apposition (after ", ") in a
 * sentence that speaks of residence. Looks back from `comma` to the start of the sentence (at most 100
 * characters) for a residence word.
 */
export function residenceBefore(text: string, comma: number): boolean {
  let s = comma;
  while (s > 0 && comma - s < 100) {
    const c = text.charCodeAt(s - 1);
    if (c === 46 || c === 33 || c === 63 || c === 10) break; // . ! ? newline
    s--;
  }
  return RESIDENCE.test(text.slice(s, comma));
}

/**
 * An address in apposition ends its clause: end of text, punctuation, a postcode, or "te"/"in" + place.
 * ("…, Bijlage 3 bevat…" and "…, Kamer 12 is vrij" go on as a sentence and are not addresses.)
 */
const CLAUSE_END = /(?:$|[.,;:)\n]| \d| (?:te|in) [A-Z])/y;
export function endsClause(text: string, end: number): boolean {
  CLAUSE_END.lastIndex = end;
  return CLAUSE_END.test(text);
}

/**
 * Address context right before a street name: "op het adres", "woont aan de", "Adres:", "verhuisd naar", and a
 * label with a word after "adres" ("Adres melder:", "Adres gastgezin:").
 */
const ADDRESS_CONTEXT =
  /(?:\badres|\badress|\bwoon|woont|wonen|wonende|woonachtig|woonadres|verblijft|verhuisd|ingeschreven|inschrijving|lives|living|straat en huisnummer)(?: (?:op|aan|in|naar|bij|at))?(?: (?:de|het|'t))?(?: [a-zà-ÿ]{2,16}(?= ?:))?\s*(?:[:,]|\.{3,})?\s*$/i;

/**
 * A part of every word ADDRESS_CONTEXT needs, and STREET_LABEL's label with its colon or dots (not "straat" alone: every
 * street name holds it). ADDRESS_CONTEXT is anchored at the end, which V8 cannot use:
 * it is tried from every position of the slice. This unanchored test rules most slices out first.
 */
export const ADDRESS_CONTEXT_HINT = /adres|woon|wone|verblijf|verhuis|ingeschr|inschrij|liv|perceel|woning|pand|huisnummer|(?:straat|street)(?:naam)?[ \t]*(?::|\.{3})/i;
/**
 * A form's street label, with a colon or a printed form's dot leaders, in one language or two: "Straat: Zilverberk
 * 23", "Straat / Street ....... Zilverberk 23". (A bare "straat" before a name is no label: "de straat Zilverberk".)
 */
const STREET_LABEL = /(?:^|[^a-zà-ÿ])(?:straat(?:naam)?|street)(?: ?\/ ?[a-z]{3,10})?[ \t]*(?::|\.{3,})[ \t]*$/i;
export const addressContextBefore = (slice: string) => ADDRESS_CONTEXT_HINT.test(slice) && (ADDRESS_CONTEXT.test(slice) || STREET_LABEL.test(slice));
/**
 * The property right before a street name: "voor het perceel Stratumseind 71", "de woning (Molenwater 104)", "het
 * pand aan de …". Weaker than address context: the caller wants no everyday word and no year, and the number ending
 * its clause ("het pand Bijlage 3 bevat…", "de woning Wmo 2015" are none).
 */
const PROPERTY_CONTEXT = /(?:\bperceel|\bwoning|\bpand)(?: (?:op|aan|in|bij))?(?: (?:de|het|'t))?\s*[:,(]?\s*$/i;
export const propertyBefore = (slice: string) => PROPERTY_CONTEXT.test(slice);

/**
 * A public counter or the town hall right before the address, named by its building (a place after it or not, then
 * a comma, "aan de", "op het" or an opening bracket): "gemeentehuis Drachten, Raadhuisplein 1", "Stadsloket aan de
 * Osdorpplein 1000", "Stadskantoor (Oldehoofsterkerkhof 2)". An institution's address, not a person's.
 */
const VENUES = 'gemeentehuis|gemeentekantoor|stadhuis|stadhuiskwartier|raadhuis|stadskantoor|stadsloket|servicepunt|werkplein|raadzaal|publiekshal|klantcontactcentrum';
const VENUE_BEFORE = new RegExp(`(?<![A-Za-z])(?:${VENUES})(?: [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?(?:,? (?:aan|op) (?:de|het)|,| \\(|:)? ?\\n?$`, 'i');
/** Parts of the venue words as written capitalised or not: a window with none of them is passed over without the expression. */
const VENUE_PARTS = ['huis', 'kantoor', 'loket', 'ervicepunt', 'erkplein', 'aadzaal', 'ubliekshal', 'lantcontact'];
export function venueBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 56), start);
  return VENUE_PARTS.some((part) => window.includes(part)) && VENUE_BEFORE.test(window);
}
