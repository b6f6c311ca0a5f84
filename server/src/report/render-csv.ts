// The evidence pack as one CSV for a spreadsheet: a row per finding, service, funding stream,
// partner and task, told apart by the first column. Cells that a spreadsheet would read as a
// formula (starting = + - @, or a tab or carriage return) are prefixed with a quote.
import type { EvidencePack } from './types.js';
import { citation, dueText } from './cite.js';

const HEADER = ['section', 'id', 'severity', 'rule', 'name', 'detail', 'evidence', 'source'];

/** One CSV cell: formula characters neutralised, quoted, quotes doubled. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function renderCsv(pack: EvidencePack): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const f of pack.findings) {
    rows.push([
      'finding',
      f.id,
      f.severity,
      f.ruleId,
      f.title,
      f.sentence,
      f.evidence.map((e) => e.description).join(' | '),
      [...new Set(f.evidence.map((e) => citation(pack, e)).filter(Boolean))].join(' | '),
    ]);
  }
  for (const s of pack.provision.services) {
    rows.push([
      'service',
      s.key,
      '',
      '',
      s.name,
      `For: ${s.clientGroups.join(', ') || '—'}. Provided by: ${s.providers.join(', ') || 'not recorded'}. Funding: ${s.funding.join(', ') || 'none recorded'}.`,
      s.description,
      citation(pack, s),
    ]);
  }
  for (const f of pack.provision.fundingStreams) {
    rows.push([
      'funding-stream',
      f.key,
      '',
      '',
      f.name,
      `Pays for: ${f.funds.join(', ') || 'no service on record'}.`,
      f.description,
      citation(pack, f),
    ]);
  }
  for (const p of pack.provision.partners) {
    rows.push([
      'partner',
      '',
      '',
      '',
      p.name,
      `Responsible ${p.responsible}, Accountable ${p.accountable}, Consulted ${p.consulted}, Informed ${p.informed}`,
      `Plan rows ${p.rows.join(', ')}`,
      '',
    ]);
  }
  for (const t of pack.tasks) {
    rows.push([
      'task',
      t.key,
      t.overdue ? 'overdue' : '',
      '',
      t.title,
      `Due ${dueText(t)}; ${t.status}; Responsible: ${t.responsible.join(', ')}; Accountable: ${t.accountable.join(', ')}`,
      t.measures.join(' | '),
      citation(pack, {
        source: t.source ?? undefined,
        locator: t.row ? `row ${t.row}` : undefined,
      }),
    ]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
