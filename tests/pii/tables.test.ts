import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/pii/index.js';
import { cellsBelow, forgetTables, headerAbove, tablesOf } from '../../src/pii/tables.js';

const analyzer = createAnalyzer();
const found = (text: string) => analyzer.analyze(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const cell = (text: string, c: { start: number; end: number } | null) => (c === null ? null : text.slice(c.start, c.end).trim());

describe('tables in pasted text', () => {
  const md = 'Hierbij de lijst.\n| Naam | KvK |\n|---|---|\n| Piet | 61847302 |\n| Zeynep | 80351926 |\nEinde; echt.';
  it('finds a table as its header line and the rows under it, Markdown rule line included', () => {
    const tables = tablesOf(md);
    expect(tables).toHaveLength(1);
    expect(md.slice(tables[0].headerFrom, tables[0].headerTo)).toBe('| Naam | KvK |');
    expect(md.slice(0, tables[0].rowsTo).endsWith('\n| Zeynep | 80351926 |')).toBe(true);
    forgetTables();
  });
  it('gives the header cell above a cell, and nothing for the header itself or for prose', () => {
    expect(cell(md, headerAbove(md, md.indexOf('61847302')))).toBe('KvK');
    expect(cell(md, headerAbove(md, md.indexOf('Zeynep')))).toBe('Naam');
    expect(headerAbove(md, md.indexOf('KvK'))).toBeNull();
    expect(headerAbove(md, md.indexOf('lijst'))).toBeNull();
    expect(headerAbove(md, md.indexOf('echt'))).toBeNull();
    forgetTables();
  });
  it('reads the cells of a column, passing over the rule line', () => {
    const headerEnd = md.indexOf('\n', md.indexOf('| Naam'));
    expect(cellsBelow(md, headerEnd, '|'.charCodeAt(0), 2).map((c) => md.slice(c.start, c.end).trim())).toEqual(['61847302', '80351926']);
  });
  it('a column name is context for its cells: KvK numbers in a KvK column', () => {
    expect(found('| Standhouder | Onderneming | KvK | Telefoon |\n|---|---|---|---|\n| Piet Hoogendoorn | De Zoete Inval | 61847302 | 06-22918374 |')).toEqual([
      'PERSOON:Piet Hoogendoorn',
      'KVK:61847302',
      'TELEFOON:06-22918374',
    ]);
    expect(found('Naam;Bedrijf;KvK-nummer;Plaats\nJan;X BV;12345678;Zwolle\nPiet;Y BV;87654321;Ede')).toEqual(['PERSOON:Jan', 'KVK:12345678', 'PERSOON:Piet', 'KVK:87654321']);
    // the same number in a column of amounts is no KvK number
    expect(found('Regeling;Bedrag;Jaar\nBijzondere bijstand;12345678;2025')).toEqual([]);
  });
  it('reads comma-separated rows, with quoted cells that hold commas; prose with commas is no table', () => {
    const csv = '"organisatie","kvk","rsin","contactpersoon"\n"Stichting Buurthuis De Pathmos","64930217","557640155","Bakker, Els"\n';
    expect(found(csv)).toEqual(['KVK:64930217', 'RSIN:557640155', 'PERSOON:Bakker, Els']);
    expect(cell(csv, headerAbove(csv, csv.indexOf('Bakker')))).toBe('"contactpersoon"');
    forgetTables();
    const prose = 'Wij danken u, en de raad, voor de brief.\nHet college, de raad en de griffie, allen aanwezig.';
    expect(tablesOf(prose)).toEqual([]);
    forgetTables();
  });
  it('the cells under a name column are names, known or not; organisations and everyday words are not', () => {
    const text = 'Naam                  | Geb.datum  | Nat. | BSN\nMindaugas Kazlauskas  | 07-09-1998 | LT   | nog niet\nRūta Jankauskienė     | 15-04-2000 | LT   | 367815096';
    expect(found(text)).toEqual(['PERSOON:Mindaugas Kazlauskas', 'GEBOORTEDATUM:07-09-1998', 'PERSOON:Rūta Jankauskienė', 'GEBOORTEDATUM:15-04-2000', 'BSN:367815096']);
    expect(found('Aanvrager;Regeling;Status\nStichting Buurtkracht;subsidie;toegekend\nOnbekend;bijstand;open')).toEqual([]);
    // a qualifier in brackets after the column's name; surname first, then the first names, as registers write them
    expect(found('Zaaknr | Naam (BRP) | Herkomst\nZ-2025-019231 | Ahmadzai, Fereshta | Afghanistan')).toEqual(['PERSOON:Ahmadzai, Fereshta']);    // a column of the staff member who handles each case: initials and a surname that is an everyday word too
    expect(found('zaaknummer;uren_pw;consulent\nZ-2023-007712;2,0;F. Donker\nZ-2024-000318;1,5;M. Hoogland')).toEqual(['PERSOON:F. Donker', 'PERSOON:M. Hoogland']);
  });
  it('a name found in a table is a name where the text repeats it', () => {
    const text = 'Naam | Geb.datum | Nat.\nMindaugas Kazlauskas | 07-09-1998 | LT\n\nMindaugas wil zijn loon op zijn Litouwse rekening.';
    expect(found(text)).toContain('PERSOON:Mindaugas');
  });
  it('the cells of an address column are addresses, whatever their street', () => {
    expect(found('Naam | Adres | Telefoon\nBert Zijlstra | Brink 31 | 0514-571844')).toEqual(['PERSOON:Bert Zijlstra', 'ADRES:Brink 31', 'TELEFOON:0514-571844']);
    // any kind of address names the column
    expect(found('| Leerling | Ophaaladres |\n|---|---|\n| Daan Smits | Tolhuis 25-47 |')).toEqual(['PERSOON:Daan Smits', 'ADRES:Tolhuis 25-47']);
  });
  it('a table pasted from a spreadsheet, its columns separated by tabs, is read by its columns', () => {
    const text =
      'Uit Excel:\nleerling\tgeb.datum\tschool\tadres\tpostcode\touder/verzorger\tKvK\n' +
      'Jayden Koster\t17-05-2011\tHet Baken College\tRietgors 19\t3742 RS\tSandra Koster\t61847302\n' +
      'Mees van den Broek\t29-03-2010\tDe Regenboog\tLepelaar 112\t3743AK\tR. van den Broek\t80351926';
    // the street ends at its cell (not "Het Baken College Rietgors 19"); a name after a postcode's cell is no place
    expect(found(text)).toEqual([
      'PERSOON:Jayden Koster', 'GEBOORTEDATUM:17-05-2011', 'ADRES:Rietgors 19', 'POSTCODE:3742 RS', 'PERSOON:Sandra Koster', 'KVK:61847302',
      'PERSOON:Mees van den Broek', 'GEBOORTEDATUM:29-03-2010', 'ADRES:Lepelaar 112', 'POSTCODE:3743AK', 'PERSOON:R. van den Broek', 'KVK:80351926',
    ]);
    // surname and first name in two columns are two values; a street and its number in two cells one address
    expect(found('Achternaam\tVoornaam\tStraat\tNr\nOsagie\tBlessing\tLaan van Meerdervoort\t52')).toEqual([
      'PERSOON:Osagie', 'PERSOON:Blessing', 'ADRES:Laan van Meerdervoort\t52',
    ]);
    // a label and its value with one tab between them are no table
    expect(found('Naam:\tJan de Vries\nAdres:\tKerkstraat 12')).toEqual(['PERSOON:Jan de Vries', 'ADRES:Kerkstraat 12']);
    expect(tablesOf('Naam:\tJan de Vries\nAdres:\tKerkstraat 12')).toHaveLength(0);
    forgetTables();
  });
  it('forgets the text when the call ends', () => {
    analyzer.analyze(md);
    // a new text is read anew (the tables found are of the text asked about)
    expect(tablesOf('a;b;c\nd;e;f')).toHaveLength(1);
    forgetTables();
  });
});
