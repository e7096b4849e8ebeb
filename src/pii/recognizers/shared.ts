/** Boundaries shared by number patterns: not glued to letters, digits or number punctuation. */
export const NUM_BEFORE = String.raw`(?<![\p{L}\p{N}_@/.,+\-])`;
export const NUM_AFTER = String.raw`(?![\p{L}\p{N}_@]|[.,/\-]\p{N})`;
export const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** Digits only. */
export const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Separators between digit groups must be one kind of character, groups at least `minGroup` long. */
export function consistentGroups(value: string, minGroup = 2): boolean {
  const seps = value.match(/[^0-9A-Za-z]/g);
  if (!seps) return true;
  if (new Set(seps).size > 1) return false;
  return value.split(/[^0-9A-Za-z]/).every((g) => g.length >= minGroup);
}

/** Street-name suffixes (Dutch): Kerkstraat, Dorpsweg, Marktplein, Herengracht, … */
export const STREET_SUFFIX =
  /(?:straat|straatje|straatweg|laan|laantje|weg|wegje|plein|pleintje|gracht|kade|singel|dreef|hof|hofje|park|pad|steeg|steegje|dijk|dyk|dam|markt|ring|baan|kamp|veld|erf|wal|haven|brink|plantsoen|allee|boulevard|hoven|zijde|poort|tuin|tuinen|vaart|akker|akkers|hout|burcht|weide|heide|kwartier|gaarde|oord|lei|beemd|donk|dries|horst|schans|terras|promenade|passage|galerij|oever|rade|stede|stoep|wetering|wijk|berg|hoek|acker|vliet|zoom|kanaal|polder|loop|stein|borg|werf|es|esch|eng|meent|drift|gang|hage|hagen|dal|kolk|kreek|put|molen|veen|laar|rode|broek|brug|sluis|stroom|water)$/;
/** Strong suffixes: enough even for an uncapitalised compound ("kerkstraat 12"). */
export const STRONG_STREET_SUFFIX = /.{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg)$/;
