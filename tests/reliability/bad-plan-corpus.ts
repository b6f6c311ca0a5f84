// A corpus of malformed plan files, made here rather than committed: empty, binary, wrongly
// encoded, truncated and fake workbooks, missing and extra columns, huge cells, formula-looking,
// Cypher-looking and HTML-looking cells, duplicates, contradictory glossaries, broken quotes,
// Markdown without a table. Each entry is one file as a user might hand it to the importer.
import zlib from 'node:zlib';

export interface BadPlanFile {
  /** What is wrong with it, for the test's name. */
  name: string;
  fileName: string;
  content: Uint8Array;
  glossary?: { fileName: string; content: string };
}

const HEADER = ['Objective', 'Task', 'Client group', 'Measure of success', 'RACI', 'Timescale'];
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A small, valid plan in the seed's shape, with whichever cells are given replaced. */
export function planRows(
  rows: Partial<Record<(typeof HEADER)[number], string>>[],
  separator = '\t',
): string {
  const lines = [HEADER.join(separator)];
  rows.forEach((row, i) => {
    lines.push(
      HEADER.map((column) => {
        const fallback: Record<string, string> = {
          Objective: 'Prevent homelessness',
          Task: `Reliability corpus task ${i + 1}`,
          'Client group': 'Rough Sleepers',
          'Measure of success': `Fewer evictions ${i + 1}`,
          RACI: 'R: Worcester Cares A: Worcester City Council',
          Timescale: 'December 2024',
        };
        return row[column] ?? fallback[column] ?? '';
      }).join(separator),
    );
  });
  return `${lines.join('\n')}\n`;
}

export const plan = (cells: Partial<Record<string, string>> = {}, rows = 2): string =>
  planRows(Array.from({ length: rows }, (_, i) => (i === 0 ? cells : {})));

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le).swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Uint8Array.from([...(bom ? mark : []), ...bytes]);
}

/** Deterministic pseudo-random bytes. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A real zip archive (stored, no compression) holding the given files: a workbook of junk. */
export function zipOf(files: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Uint8Array.from(Buffer.concat([...locals, ...centrals, end]));
}

const LONG = 'x'.repeat(10_000);
const LONG_WORDS = Array.from({ length: 1_500 }, (_, i) => `word${i}`)
  .join(' ')
  .slice(0, 10_000);

/** The corpus (at least 50 files), in a fixed order. */
export function badPlanCorpus(): BadPlanFile[] {
  const files: BadPlanFile[] = [];
  const add = (name: string, fileName: string, content: Uint8Array | string, extra = {}): void => {
    files.push({
      name,
      fileName,
      content: typeof content === 'string' ? utf8(content) : content,
      ...extra,
    });
  };

  // Empty and binary.
  add('an empty file', 'empty.tsv', new Uint8Array(0));
  add('only blank lines and spaces', 'blank.tsv', '\n\n   \n\t\t\n');
  add('random binary bytes', 'noise.tsv', noise(4096, 1));
  add('binary bytes with NUL in a .csv', 'noise.csv', Uint8Array.from([65, 0, 66, 0, 67]));
  add(
    'a PNG renamed .tsv',
    'picture.tsv',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, ...noise(200, 2)]),
  );
  add('a NUL in the middle of a text plan', 'nul.tsv', plan({ Task: 'Before\u0000after' }));

  // Fake and broken workbooks.
  add('random bytes named .xlsx', 'noise.xlsx', noise(2048, 3));
  add('a text plan named .xlsx', 'text.xlsx', plan());
  add(
    'an .xlsx that is a zip of junk',
    'junk.xlsx',
    zipOf({ 'junk.bin': noise(1000, 4), 'readme.txt': utf8('not a workbook') }),
  );
  add(
    'an .xlsx holding a workbook part of junk XML',
    'junk-xml.xlsx',
    zipOf({
      '[Content_Types].xml': utf8('<Types><<<'),
      'xl/workbook.xml': utf8('<workbook><sheets><sheet name="x" r:id="rId1"/></sheets>'),
    }),
  );
  add(
    'an .xlsx that is only the zip magic',
    'magic.xlsx',
    Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise(100, 5)]),
  );
  add('an empty zip named .xlsx', 'empty-zip.xlsx', zipOf({}));
  add('a zip without extension', 'archive', zipOf({ 'a.txt': utf8('Task\nDo X\n') }));

  // Encodings.
  const text = plan({ Task: 'Café outreach for Zoë' });
  add('UTF-16 LE with a byte-order mark', 'utf16le.txt', utf16(text, 'le', true));
  add('UTF-16 BE with a byte-order mark', 'utf16be.txt', utf16(text, 'be', true));
  add('UTF-16 LE without a byte-order mark', 'utf16-nobom.tsv', utf16(text, 'le', false));
  add('Latin-1 bytes that are not UTF-8', 'latin1.tsv', Buffer.from(text, 'latin1'));
  add(
    'UTF-8 with one stray Latin-1 byte',
    'mixed.tsv',
    Uint8Array.from([...utf8(plan()), 0xe9, 0x0a]),
  );
  add(
    'UTF-8 with a byte-order mark',
    'bom.tsv',
    Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(plan({ Task: 'BOM task' }))]),
  );
  add(
    'overlong UTF-8 sequences',
    'overlong.tsv',
    Uint8Array.from([...utf8('Task\n'), 0xc0, 0xaf, 0x0a]),
  );

  // Shape.
  add('a header row and no tasks', 'header-only.tsv', `${HEADER.join('\t')}\n`);
  add(
    'prose with no header row',
    'prose.txt',
    'Dear colleague,\nplease find the plan attached.\nRegards\n',
  );
  add(
    'no task column',
    'no-task.tsv',
    'Objective\tLead\tTimescale\nPrevent\tWorcester Cares\t2024\n',
  );
  add(
    'rows with one cell only',
    'short-rows.tsv',
    `${HEADER.join('\t')}\nOnly an objective\nAnother\n`,
  );
  add(
    'rows with twenty cells',
    'wide-rows.tsv',
    `${HEADER.join('\t')}\n${Array.from({ length: 20 }, (_, i) => `cell ${i}`).join('\t')}\n`,
  );
  add(
    'five thousand columns',
    'many-columns.csv',
    `Task,${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\nDo X,${'y,'.repeat(4999)}y\n`,
  );
  add('one megabyte on one line', 'one-line.tsv', 'a'.repeat(1_000_000));
  add('a task column of blanks', 'blank-tasks.tsv', planRows([{ Task: '' }, { Task: '   ' }]));

  // Huge cells.
  add('a 10,000-character task title', 'long-task.tsv', plan({ Task: LONG_WORDS }));
  add(
    'a 10,000-character party name',
    'long-party.tsv',
    plan({ RACI: `R: ${LONG} A: Worcester City Council` }),
  );
  add('a 10,000-character client group', 'long-group.tsv', plan({ 'Client group': LONG }));
  add('a 10,000-character measure', 'long-measure.tsv', plan({ 'Measure of success': LONG_WORDS }));
  add('a 10,000-character objective', 'long-objective.tsv', plan({ Objective: LONG_WORDS }));
  add('a 10,000-character timescale', 'long-due.tsv', plan({ Timescale: LONG }));

  // Formula-looking cells.
  add(
    'a DDE formula as the task',
    'formula-dde.csv',
    planRows([{ Task: `"=cmd|' /C calc'!A0"` }], ','),
  );
  add(
    'a + formula as the party',
    'formula-plus.tsv',
    plan({ RACI: 'R: +1+1 A: Worcester City Council' }),
  );
  add(
    'a - formula as the measure',
    'formula-minus.tsv',
    plan({ 'Measure of success': '-2+3+cmd|" /C calc"!A0' }),
  );
  add(
    'an @ formula as the client group',
    'formula-at.tsv',
    plan({ 'Client group': '@SUM(1+1)*cmd|" /C calc"!A0' }),
  );
  add(
    'a formula after a tab and a carriage return',
    'formula-ws.tsv',
    plan({ Task: '=HYPERLINK("http://127.0.0.1/x","click")' }),
  );

  // Cypher- and HTML-looking names.
  add('a task named like Cypher', 'cypher-task.tsv', plan({ Task: "') DETACH DELETE n //" }));
  add(
    'a party named like Cypher',
    'cypher-party.tsv',
    plan({ RACI: 'R: x"}) MATCH (n) DETACH DELETE n // A: Worcester City Council' }),
  );
  add(
    'a client group named like Cypher',
    'cypher-group.tsv',
    plan({ 'Client group': '`]) CALL apoc.cypher.runWrite("MATCH (n) DETACH DELETE n", {}) //' }),
  );
  add(
    'an objective named like Cypher',
    'cypher-objective.tsv',
    plan({ Objective: "'}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN x //" }),
  );
  add(
    'a task with a <script> tag',
    'html-task.tsv',
    plan({ Task: '<script>alert(document.cookie)</script>' }),
  );
  add(
    'a party with an onerror image',
    'html-party.tsv',
    plan({ RACI: 'R: <img src=x onerror=alert(1)> A: Worcester City Council' }),
  );
  add(
    'control and bidi characters in names',
    'control.tsv',
    plan({
      Task: 'Task \u001b[31mred\u001b[0m \u202egnp.exe',
      RACI: 'R: Worcester\u200bCares A: Worcester City Council',
    }),
  );
  add('emoji only', 'emoji.tsv', plan({ Task: '🏠🏠🏠', 'Client group': '👥' }));
  add('a file named like Cypher', "x') DETACH DELETE n.tsv", plan({ Task: 'Named file task' }));

  // Duplicates and contradictions.
  const row = { Task: 'The same task twice' };
  add('a row repeated', 'duplicate-rows.tsv', planRows([row, row, {}]));
  add(
    'one row repeated a hundred times',
    'hundred-duplicates.tsv',
    planRows(Array.from({ length: 100 }, () => row)),
  );
  add(
    'a glossary that contradicts itself',
    'contradicting-glossary.tsv',
    `${plan({ RACI: 'R: WCX A: Worcester City Council' })}\nGlossary\nWCX - Worcester Cares Extra\nWCX - Worcestershire County Exchange\nWorcester Cares - WCX\n`,
  );
  add(
    'a separate glossary that contradicts itself',
    'plan-with-glossary.tsv',
    plan({ RACI: 'R: QQA A: Worcester City Council' }),
    {
      glossary: {
        fileName: 'glossary.txt',
        content: 'QQA - Quality Queue Alliance\nQQA - Quiet Quarters Association\nQQA - QQA\n',
      },
    },
  );
  add(
    'a separate glossary of binary junk',
    'plan-junk-glossary.tsv',
    plan({ Task: 'Junk glossary task' }),
    {
      glossary: { fileName: 'junk.txt', content: Buffer.from(noise(500, 6)).toString('latin1') },
    },
  );

  // CSV and Markdown.
  add('a CSV with unbalanced quotes', 'unbalanced.csv', 'Task,Lead\n"Do X,Team\nDo Y,"Team\n"""\n');
  add('a CSV of quotes only', 'quotes.csv', '""""""""\n"""\n');
  add('a CSV with a quote in every cell', 'quote-cells.csv', 'Task,Lead\n"a""b,c\n""",""\n');
  add('Markdown with no table', 'notes.md', '# Our plan\n\nWe will *do things*.\n\n- one\n- two\n');
  add('Markdown with only a separator row', 'separator.md', '|---|---|\n|---|---|\n');
  add(
    'a Markdown table with no task column',
    'no-task.md',
    '| Lead | When |\n|---|---|\n| Team | 2024 |\n',
  );
  add(
    'a Markdown table with ragged rows',
    'ragged.md',
    '| Task | Lead |\n|---|---|\n| Do X |\n| Do Y | Team | extra | more |\n',
  );

  // Formats we do not read.
  add('a PDF', 'plan.pdf', Uint8Array.from([...utf8('%PDF-1.4\n'), ...noise(300, 7)]));
  add('a Word document', 'plan.docx', zipOf({ 'word/document.xml': utf8('<w:document/>') }));
  add('JSON', 'plan.json', '{"tasks": [{"title": "Do X"}]}');
  return files;
}
