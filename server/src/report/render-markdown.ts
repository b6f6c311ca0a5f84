// The evidence pack as Markdown, to paste into a bid or a report: summary, findings with their
// evidence, current provision, partners, measures and timeline, and the sources cited.
import type { Severity } from '../analysis/types.js';
import type { EvidencePack } from './types.js';
import { SEVERITY_TITLE, citation, dueText } from './cite.js';

/** A table cell: one line, pipes escaped. */
function cell(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function table(headers: string[], rows: (string | number | null)[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** Markdown text outside tables: characters that would start markup are escaped. */
function text(value: string): string {
  return value
    .replace(/([\\`*<>[\]])/g, '\\$1')
    .replace(/(^|\s)_/g, '$1\\_')
    .replace(/_(\s|$)/g, '\\_$1');
}

export function renderMarkdown(pack: EvidencePack): string {
  const out: string[] = [];
  out.push(`# ${text(pack.title)}`, '');
  out.push(
    `${pack.plans.map((p) => text(`${p.title}${p.authority ? `, ${p.authority}` : ''}`)).join('; ') || 'No plan'}. ` +
      `Evidence as at ${pack.generatedOn}.`,
    '',
  );
  out.push('## Summary', '');
  for (const paragraph of pack.summary.paragraphs) out.push(text(paragraph), '');

  out.push('## Findings', '');
  if (pack.findings.length === 0) out.push('No rule found anything in this scope.', '');
  for (const severity of ['high', 'medium', 'low'] as Severity[]) {
    const findings = pack.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    out.push(`### ${SEVERITY_TITLE[severity]} (${findings.length})`, '');
    for (const finding of findings) {
      out.push(`- **${text(finding.title)}**: ${text(finding.sentence)}`);
      for (const evidence of finding.evidence) {
        const cite = citation(pack, evidence);
        out.push(`  - ${text(evidence.description)}${cite ? ` _(${text(cite)})_` : ''}`);
      }
    }
    out.push('');
  }

  out.push('## Current provision', '', '### Services', '');
  if (pack.provision.services.length === 0) out.push('No service is recorded for this scope.', '');
  else {
    out.push(
      ...table(
        ['Service', 'What it is', 'For', 'Provided by', 'Funding', 'Source'],
        pack.provision.services.map((s) => [
          `${s.name}${s.statutory ? ' (statutory)' : ''}`,
          s.description,
          s.clientGroups.join(', ') || '—',
          s.providers.join(', ') || 'not recorded',
          s.funding.join(', ') || 'none recorded',
          citation(pack, s),
        ]),
      ),
      '',
    );
  }
  out.push('### Funding streams', '');
  if (pack.provision.fundingStreams.length === 0)
    out.push('No funding stream is named in this scope.', '');
  else {
    out.push(
      ...table(
        ['Funding stream', 'Pays for', 'About it', 'Source'],
        pack.provision.fundingStreams.map((f) => [
          `${f.name}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`,
          f.funds.join(', ') || 'no service on record',
          f.description,
          citation(pack, f),
        ]),
      ),
      '',
    );
  }
  out.push('### Partners', '');
  if (pack.provision.partners.length === 0)
    out.push('No partner holds a letter in this scope.', '');
  else {
    out.push(
      ...table(
        ['Partner', 'Responsible', 'Accountable', 'Consulted', 'Informed', 'Plan rows'],
        pack.provision.partners.map((p) => [
          p.name,
          p.responsible,
          p.accountable,
          p.consulted,
          p.informed,
          p.rows.join(', '),
        ]),
      ),
      '',
    );
  }
  if (pack.provision.pathways.length > 0) {
    out.push('### Pathways', '');
    for (const p of pack.provision.pathways) {
      out.push(
        `- **${text(p.name)}**${p.clientGroups.length ? ` (for ${text(p.clientGroups.join(', '))})` : ''}: ${text(p.steps.join(' → ') || 'no steps recorded')}`,
      );
    }
    out.push('');
  }

  out.push('## Measures of success', '');
  if (pack.tasks.length === 0) out.push('No task in this scope.', '');
  for (const task of pack.tasks) {
    out.push(`- **${task.row ? `Row ${task.row}: ` : ''}${text(task.title)}**`);
    if (task.measures.length === 0) out.push('  - _no measure of success_');
    for (const m of task.measures) out.push(`  - ${text(m)}`);
  }
  out.push('');

  out.push('## Timeline', '');
  if (pack.tasks.length > 0) {
    out.push(
      ...table(
        ['Due', 'Row', 'Task', 'Responsible', 'Accountable', 'Status'],
        pack.tasks.map((t) => [
          dueText(t),
          t.row,
          t.title,
          t.responsible.join(', '),
          t.accountable.join(', '),
          `${t.status.replace(/[-_]/g, ' ')}${t.overdue ? ' — overdue' : ''}`,
        ]),
      ),
      '',
    );
  }

  out.push('## Sources', '');
  for (const s of pack.sources) {
    out.push(`- ${text(s.title ?? s.key)}${s.document ? ` (${text(s.document)})` : ''}`);
  }
  out.push('');
  return out.join('\n');
}
