// The evidence pack as one printable HTML page: self-contained (its style inline, nothing
// fetched), every value escaped, laid out for A4 with page breaks between sections.
import type { Severity } from '../analysis/types.js';
import type { EvidencePack } from './types.js';
import { SEVERITY_TITLE, citation, dueText } from './cite.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

function table(headers: string[], rows: (string | number | null)[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const STYLE = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 20pt; margin-bottom: 0.2rem; }
  h2 { font-size: 15pt; border-bottom: 1px solid #999; margin-top: 2rem; }
  h3 { font-size: 12pt; margin-bottom: 0.4rem; }
  .meta { color: #444; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 0.5rem 0 1rem; }
  th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
  th { background: #eee; }
  .finding { margin: 0 0 0.8rem; page-break-inside: avoid; }
  .finding p { margin: 0.1rem 0; }
  .severity { display: inline-block; min-width: 4.5rem; font: bold 8.5pt sans-serif; text-transform: uppercase; }
  .high { color: #a40000; } .medium { color: #8a5a00; } .low { color: #355e3b; }
  .evidence { margin: 0.2rem 0 0 1.2rem; font-size: 9.5pt; color: #333; }
  .cite { color: #666; font-style: italic; }
  .overdue { color: #a40000; font-weight: bold; }
  @media print { h2 { page-break-before: auto; } a { color: inherit; } }
`;

export function renderHtml(pack: EvidencePack): string {
  const parts: string[] = [];
  parts.push(`<h1>${e(pack.title)}</h1>`);
  parts.push(
    `<p class="meta">${e(pack.plans.map((p) => `${p.title}${p.authority ? `, ${p.authority}` : ''}`).join('; ') || 'No plan')}. Evidence as at ${e(pack.generatedOn)}.</p>`,
  );
  parts.push('<h2>Summary</h2>', ...pack.summary.paragraphs.map((p) => `<p>${e(p)}</p>`));
  parts.push('<h2>Findings</h2>');
  if (pack.findings.length === 0) parts.push('<p>No rule found anything in this scope.</p>');
  for (const severity of ['high', 'medium', 'low'] as Severity[]) {
    const findings = pack.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    parts.push(`<h3>${SEVERITY_TITLE[severity]} (${findings.length})</h3>`);
    for (const f of findings) {
      parts.push(
        `<div class="finding"><p><span class="severity ${severity}">${e(severity)}</span> <strong>${e(f.title)}</strong>: ${e(f.sentence)}</p>` +
          `<ul class="evidence">${f.evidence
            .map((ev) => {
              const cite = citation(pack, ev);
              return `<li>${e(ev.description)}${cite ? ` <span class="cite">(${e(cite)})</span>` : ''}</li>`;
            })
            .join('')}</ul></div>`,
      );
    }
  }
  parts.push('<h2>Current provision</h2><h3>Services</h3>');
  parts.push(
    pack.provision.services.length === 0
      ? '<p>No service is recorded for this scope.</p>'
      : table(
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
  );
  parts.push('<h3>Funding streams</h3>');
  parts.push(
    pack.provision.fundingStreams.length === 0
      ? '<p>No funding stream is named in this scope.</p>'
      : table(
          ['Funding stream', 'Pays for', 'About it', 'Source'],
          pack.provision.fundingStreams.map((f) => [
            `${f.name}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`,
            f.funds.join(', ') || 'no service on record',
            f.description,
            citation(pack, f),
          ]),
        ),
  );
  parts.push('<h3>Partners</h3>');
  parts.push(
    pack.provision.partners.length === 0
      ? '<p>No partner holds a letter in this scope.</p>'
      : table(
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
  );
  if (pack.provision.pathways.length > 0) {
    parts.push(
      '<h3>Pathways</h3><ul>' +
        pack.provision.pathways
          .map(
            (p) =>
              `<li><strong>${e(p.name)}</strong>${p.clientGroups.length ? ` (for ${e(p.clientGroups.join(', '))})` : ''}: ${e(p.steps.join(' → ') || 'no steps recorded')}</li>`,
          )
          .join('') +
        '</ul>',
    );
  }
  parts.push('<h2>Measures of success</h2>');
  parts.push(
    pack.tasks.length === 0
      ? '<p>No task in this scope.</p>'
      : `<ul>${pack.tasks
          .map(
            (t) =>
              `<li><strong>${t.row ? `Row ${t.row}: ` : ''}${e(t.title)}</strong><ul>${
                t.measures.length === 0
                  ? '<li><em>no measure of success</em></li>'
                  : t.measures.map((m) => `<li>${e(m)}</li>`).join('')
              }</ul></li>`,
          )
          .join('')}</ul>`,
  );
  parts.push('<h2>Timeline</h2>');
  if (pack.tasks.length > 0) {
    parts.push(
      `<table><thead><tr>${['Due', 'Row', 'Task', 'Responsible', 'Accountable', 'Status']
        .map((h) => `<th>${h}</th>`)
        .join('')}</tr></thead><tbody>${pack.tasks
        .map(
          (t) =>
            `<tr><td>${e(dueText(t))}</td><td>${e(t.row)}</td><td>${e(t.title)}</td><td>${e(t.responsible.join(', '))}</td><td>${e(t.accountable.join(', '))}</td>` +
            `<td>${e(t.status.replace(/[-_]/g, ' '))}${t.overdue ? ' <span class="overdue">overdue</span>' : ''}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  }
  parts.push(
    '<h2>Sources</h2><ul>' +
      pack.sources
        .map((s) => `<li>${e(s.title ?? s.key)}${s.document ? ` (${e(s.document)})` : ''}</li>`)
        .join('') +
      '</ul>',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(pack.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
