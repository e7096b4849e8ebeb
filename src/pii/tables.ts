/**
 * Tables pasted into a prompt: CSV with ';' or ',', Markdown or text tables with '|', and tab-separated ones pasted from a
 * spreadsheet (the recognizers read their tabs as spaces; the tables are read in a view of the text with its tabs
 * put back, useTabs()). A table is a block of consecutive lines of at most MAX_LINE characters that each hold two or
 * more of its separator; the first is its header, and Markdown's rule line (|---|---|) under it is passed over. Its
 * column names are context for its cells: "| KvK |" above "| 61847302 |", "Naam;" above "Mindaugas Kazlauskas;".
 * A comma separates only where no space follows it (prose puts one after its commas), and a cell in double quotes
 * holds its separators ("\"Bakker, Els\",Vondelstraat 3"). Tables aligned with spaces, as fixed-width exports paste, are
 * read only under a column a recognizer names (alignedCells).
 *
 * The tables of a text are found once, on first use, in one pass over the lines that hold a separator (found with
 * indexOf), and kept until forgetTables() (the analyzer calls it when a call ends: no text outlives its call).
 */

export const MAX_LINE = 512;
export const MAX_ROWS = 1000;

export interface Cell {
  start: number;
  end: number;
}

/** One table: its separator, its header line [headerFrom, headerTo), and its rows up to rowsTo. */
export interface Table {
  readonly sep: number;
  readonly headerFrom: number;
  readonly headerTo: number;
  rowsTo: number;
  /** Header cells by column, found on first use (the same object for the same column). */
  readonly headers: (Cell | null)[];
}

const BAR = 124;
const SEMICOLON = 59;
const TAB = 9;
export const COMMA = 44;
const QUOTE = 34;

/** The text of this call with its tabs put back (see Normalised.tabbed): every separator below is read in it. */
let tabbed: { text: string; view: string } | null = null;
/** Starts a call on `text` (normalised), with its view with tabs (null when it had fewer than two). */
export function useTabs(text: string, view: string | null): void {
  tabbed = view === null ? null : { text, view };
}
/** The text to read separators in: the tabbed view of this call's text, or the text itself. */
export function tableView(text: string): string {
  return tabbed !== null && tabbed.text === text ? tabbed.view : text;
}

/** '|', tab, ';' or ',' (without a space after it) when view[from, to) holds two or more of it (a table line), else 0. */
export function separatorOf(view: string, from: number, to: number): number {
  let bars = 0;
  let semis = 0;
  let tabs = 0;
  let commas = 0;
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    if (c === BAR) bars++;
    else if (c === SEMICOLON) semis++;
    else if (c === TAB) tabs++;
    else if (c === COMMA && view.charCodeAt(i + 1) !== 32) commas++;
  }
  return bars >= 2 ? BAR : tabs >= 2 ? TAB : semis >= 2 ? SEMICOLON : commas >= 2 ? COMMA : 0;
}

/** Where the cell that starts at `s` ends (its separator, or `to`): a quoted cell past its closing quote. */
function cellEnd(view: string, s: number, to: number, sep: number): number {
  let e = s;
  if (view.charCodeAt(s) === QUOTE) {
    const close = view.indexOf('"', s + 1);
    if (close !== -1 && close < to) e = close + 1;
  }
  while (e < to && view.charCodeAt(e) !== sep) e++;
  return e;
}

/** Markdown's rule line under a header: only '|', '-', ':' and spaces. */
function isRule(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== BAR && c !== 45 && c !== 58 && c !== 32) return false;
  }
  return to > from;
}

/** The cell `column` (0 = before the first separator) of the line [from, to), or null when the line has fewer. */
export function cellOf(text: string, from: number, to: number, sep: number, column: number): Cell | null {
  return cellIn(tableView(text), from, to, sep, column);
}
function cellIn(view: string, from: number, to: number, sep: number, column: number): Cell | null {
  let s = from;
  for (let k = 0; k < column; k++) {
    s = cellEnd(view, s, to, sep);
    if (s >= to) return null;
    s++;
  }
  return { start: s, end: cellEnd(view, s, to, sep) };
}

/** The column of `pos` in its line [from, pos): the cells that end before it. */
export function columnAt(text: string, from: number, pos: number, sep: number): number {
  text = tableView(text);
  let n = 0;
  for (let e = cellEnd(text, from, pos, sep); e < pos; e = cellEnd(text, e + 1, pos, sep)) n++;
  return n;
}

/**
 * The cells of column `column` in the rows under the header line that ends at `headerEnd` (its '\n'), up to the
 * first line without two of the separator (at most MAX_ROWS rows).
 */
export function cellsBelow(text: string, headerEnd: number, sep: number, column: number): Cell[] {
  text = tableView(text); // (same offsets)
  const cells: Cell[] = [];
  for (let row = headerEnd + 1, rows = 0; row < text.length && rows < MAX_ROWS; rows++) {
    const nl = text.indexOf('\n', row);
    const rowEnd = nl === -1 ? text.length : nl;
    if (rowEnd - row > MAX_LINE || separatorOf(text, row, rowEnd) !== sep) break;
    if (!isRule(text, row, rowEnd)) {
      const cell = cellIn(text, row, rowEnd, sep, column);
      if (cell !== null) cells.push(cell);
    }
    row = rowEnd + 1;
  }
  return cells;
}

/** Where the line holding `from` ends ('\n' or the text's end) at most MAX_LINE after it, else -1 (a bounded search). */
export function lineEndWithin(text: string, from: number): number {
  const to = Math.min(text.length, from + MAX_LINE + 1);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return to === text.length ? to : -1;
}
/** Where the line holding `at` starts within MAX_LINE before it, else -1. */
export function lineStartWithin(text: string, at: number): number {
  const to = Math.max(0, at - MAX_LINE);
  for (let i = at; i > to; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return to === 0 ? 0 : -1;
}
/** Two spaces or more: what parts the columns of a table aligned with spaces ("Naam    Geboortedatum   BSN"). */
const GAP = /\S {2,}\S/g;
/**
 * The cells under the column whose name stands at [start, end) in a table aligned with spaces, as pasted
 * from a fixed-width export: the header line parts at least three columns with two spaces or more, the name stands
 * between such gaps, and each line below (to the first empty one) has its cell where the name begins (two
 * characters either way), up to the next gap. `state.readTo`: where the line last read ends (a line is read once,
 * whatever the number of context words on it).
 */
export function alignedCells(text: string, start: number, end: number, state: { readTo: number }): Cell[] {
  // cheap tests first: a recognizer asks this at every word naming its column that no separator follows; a line is read once
  if (start < state.readTo) return [];
  const opensColumn = start === 0 || text.charCodeAt(start - 1) === 10 || text.startsWith('  ', start - 2);
  const closesColumn = end === text.length || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13 || text.startsWith('  ', end);
  if (!opensColumn || !closesColumn) return [];
  const lineStart = lineStartWithin(text, start);
  const lineEnd = lineEndWithin(text, end);
  state.readTo = lineEnd === -1 ? end + MAX_LINE : lineEnd;
  if (lineStart === -1 || lineEnd === -1) return [];
  GAP.lastIndex = 0;
  const header = text.slice(lineStart, lineEnd);
  let gaps = 0;
  while (GAP.exec(header) !== null) gaps++;
  if (gaps < 2) return [];
  const column = start - lineStart;
  const cells: Cell[] = [];
  for (let row = lineEnd + 1, rows = 0; row < text.length && rows < MAX_ROWS; rows++) {
    let rowEnd = text.indexOf('\n', row);
    if (rowEnd === -1) rowEnd = text.length;
    if (rowEnd === row || rowEnd - row > MAX_LINE) break;
    // the cell opens where the name does, give or take two characters, after a gap or at the line's start
    let s = Math.min(row + column + 2, rowEnd);
    while (s > row + Math.max(0, column - 2) && !(text.charCodeAt(s - 1) === 32 && text.charCodeAt(s) !== 32)) s--;
    if (text.charCodeAt(s) !== 32 && (s === row || text.charCodeAt(s - 1) === 32)) {
      const gap = text.indexOf('  ', s);
      cells.push({ start: s, end: gap === -1 || gap > rowEnd ? rowEnd : gap });
    }
    row = rowEnd + 1;
  }
  return cells;
}

/**
 * The cells, trimmed of spaces and quotes, under every column of the text's tables whose header (trimmed) matches `header`, at
 * most `maxColumns` such columns per table: the name column, the address column.
 */
export function cellsUnder(text: string, header: RegExp, maxColumns: number): Cell[] {
  const cells: Cell[] = [];
  for (const t of tablesOf(text)) {
    if (t.rowsTo <= t.headerTo) continue;
    for (let column = 0, found = 0; found < maxColumns; column++) {
      const h = cellOf(text, t.headerFrom, t.headerTo, t.sep, column);
      if (h === null) break;
      if (!header.test(unquoted(text, h).trim())) continue;
      found++;
      for (const cell of cellsBelow(text, t.headerTo, t.sep, column)) {
        let { start, end } = cell;
        while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === QUOTE)) start++;
        while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === QUOTE)) end--;
        cells.push({ start, end });
      }
    }
  }
  return cells;
}

/** A cell's text without the double quotes around it. */
function unquoted(text: string, c: Cell): string {
  const quoted = c.end - c.start >= 2 && text.charCodeAt(c.start) === QUOTE && text.charCodeAt(c.end - 1) === QUOTE;
  return quoted ? text.slice(c.start + 1, c.end - 1) : text.slice(c.start, c.end);
}

let cachedText: string | null = null;
let cachedTables: Table[] = [];

/** The tables of `text`, in order (found on first use; the same array until forgetTables()). */
export function tablesOf(text: string): Table[] {
  if (cachedText === text) return cachedTables;
  const view = tableView(text);
  const tables: Table[] = [];
  let bar = view.indexOf('|');
  let semi = view.indexOf(';');
  let tab = view === text ? -1 : view.indexOf('\t');
  let comma = csvComma(view, 0);
  while (bar !== -1 || semi !== -1 || tab !== -1 || comma !== -1) {
    const at = Math.min(bar === -1 ? Infinity : bar, semi === -1 ? Infinity : semi, tab === -1 ? Infinity : tab, comma === -1 ? Infinity : comma);
    const lineFrom = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const lineTo = nl === -1 ? text.length : nl;
    const sep = lineTo - lineFrom <= MAX_LINE ? separatorOf(view, lineFrom, lineTo) : 0;
    if (sep !== 0) {
      const last = tables.length > 0 ? tables[tables.length - 1] : null;
      if (last !== null && last.sep === sep && last.rowsTo === lineFrom - 1) last.rowsTo = lineTo;
      else tables.push({ sep, headerFrom: lineFrom, headerTo: lineTo, rowsTo: lineTo, headers: [] });
    }
    if (nl === -1) break;
    if (bar !== -1 && bar < nl) bar = view.indexOf('|', nl);
    if (semi !== -1 && semi < nl) semi = view.indexOf(';', nl);
    if (tab !== -1 && tab < nl) tab = view.indexOf('\t', nl);
    if (comma !== -1 && comma < nl) comma = csvComma(view, nl);
  }
  cachedText = text;
  cachedTables = tables;
  return tables;
}

/**
 * The next comma from `from` on with no space, line break or digit after it, where a comma-separated line may be
 * (prose has few), or -1. Found with indexOf: several times faster than a regular expression here.
 */
function csvComma(view: string, from: number): number {
  for (let i = view.indexOf(',', from); i !== -1; i = view.indexOf(',', i + 1)) {
    const c = view.charCodeAt(i + 1);
    if (i + 1 < view.length && c !== 32 && c !== 10 && !(c >= 48 && c <= 57)) return i;
  }
  return -1;
}

/** Drops the tables found (and the text they were found in). */
export function forgetTables(): void {
  cachedText = null;
  cachedTables = [];
  tabbed = null;
}

/** The header cell of the table column holding `pos`, or null when pos is in no table row. */
export function headerAbove(text: string, pos: number): Cell | null {
  const tables = tablesOf(text);
  // the last table whose header starts before pos
  let a = 0;
  let b = tables.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (tables[mid].headerFrom <= pos) a = mid + 1;
    else b = mid;
  }
  if (a === 0) return null;
  const t = tables[a - 1];
  if (pos <= t.headerTo || pos > t.rowsTo) return null;
  const column = columnAt(text, text.lastIndexOf('\n', pos - 1) + 1, pos, t.sep);
  let cell = t.headers[column];
  if (cell === undefined) t.headers[column] = cell = cellOf(text, t.headerFrom, t.headerTo, t.sep, column);
  return cell;
}
