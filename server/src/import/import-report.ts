// What an import tells its user: what was read, what it resolved names to, what it changed in
// the graph, and every issue with its row. The CLI prints it; the API returns it.
import type { ImportIssue, ParsedPlan } from './types.js';
import type { MatchedBy } from './graph/resolve-names.js';

export interface ImportReport {
  file: string;
  format: ParsedPlan['format'];
  layout: ParsedPlan['layout'];
  dryRun: boolean;
  authority: { key: string; name: string; created: boolean };
  plan: { key: string; title: string };
  read: { rows: number; tasks: number; objectives: number; glossaryEntries: number };
  resolved: {
    parties: { matched: number; created: { key: string; name: string; label: string }[] };
    clientGroups: { matched: number; created: { key: string; name: string }[] };
    mentions: { row: number; written: string; key: string; by: MatchedBy }[];
    aliasesAdded: { key: string; aliases: string[] }[];
  };
  changes: {
    added: { key: string; title: string; row: number }[];
    updated: { key: string; title: string; row: number; fields: string[] }[];
    removed: { key: string; title: string }[];
    unchanged: number;
  };
  issues: ImportIssue[];
  /** True when the graph was (or, in a dry run, would be) changed. */
  changed: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A short human summary, for the terminal. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const verb = report.dryRun ? 'would' : 'did';
  lines.push(
    `${report.file} (${report.format}, ${report.layout} layout) → ${report.plan.title} [${report.authority.name}]`,
  );
  lines.push(
    `Read ${plural(report.read.tasks, 'task')} under ${plural(report.read.objectives, 'objective')} from ${plural(report.read.rows, 'row')}, ${report.read.glossaryEntries} glossary entries.`,
  );
  lines.push(
    `Parties: ${report.resolved.parties.matched} matched, ${report.resolved.parties.created.length} new; client groups: ${report.resolved.clientGroups.matched} matched, ${report.resolved.clientGroups.created.length} new.`,
  );
  const c = report.changes;
  lines.push(
    report.changed
      ? `The import ${verb} add ${c.added.length}, update ${c.updated.length}, remove ${c.removed.length} task(s); ${c.unchanged} unchanged.`
      : `Nothing to change: the graph already holds this plan as written (${c.unchanged} tasks).`,
  );
  for (const u of c.updated)
    lines.push(`  updated row ${u.row}: ${u.title.slice(0, 60)} (${u.fields.join(', ')})`);
  for (const r of c.removed) lines.push(`  removed: ${r.title.slice(0, 70)}`);
  for (const p of report.resolved.parties.created)
    lines.push(`  new ${p.label}: ${p.name} (${p.key})`);
  const bySeverity = (s: ImportIssue['severity']) => report.issues.filter((i) => i.severity === s);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const issues = bySeverity(severity);
    if (!issues.length) continue;
    lines.push(`${plural(issues.length, severity === 'info' ? 'note' : severity)}:`);
    for (const issue of issues)
      lines.push(
        `  ${issue.row === null ? 'file' : `row ${issue.row}`}: [${issue.code}] ${issue.message}`,
      );
  }
  return lines.join('\n');
}
