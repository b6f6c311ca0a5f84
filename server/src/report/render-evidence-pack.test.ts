import { describe, expect, it } from 'vitest';
import { fixturePack } from './fixture-pack.js';
import { csvCell, renderCsv } from './render-csv.js';
import { escapeHtml, renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderEvidencePack } from './render-evidence-pack.js';
import { partnersOf } from './build-evidence-pack.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(fixturePack());

  it('has the sections a bid writer needs, in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Summary',
      '## Findings',
      '## Current provision',
      '## Measures of success',
      '## Timeline',
      '## Sources',
    ]);
  });

  it('cites evidence by document and row, and escapes table pipes and markup', () => {
    expect(md).toContain('_(Action Plan, row 4)_');
    expect(md).toContain('| June 2023 | 4 | Beds \\| shelters |');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('not started — overdue');
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(fixturePack());
  const lines = csv.trimEnd().split('\r\n');

  it('has a header and a row per finding, service, funding stream, partner and task', () => {
    expect(lines[0]).toBe('"section","id","severity","rule","name","detail","evidence","source"');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      '"finding"',
      '"service"',
      '"funding-stream"',
      '"partner"',
      '"task"',
    ]);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")');
    expect(csv).toContain('"\'+Day centre"');
    expect(csv).toContain('"\'@Outreach Team"');
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
    expect(csvCell('-10%')).toBe('"\'-10%"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(fixturePack());

  it('is one self-contained page that prints', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page');
    expect(html).not.toMatch(/<(script|link|img)\b/i);
    expect(html).not.toMatch(/https?:\/\/(?!evil)/);
  });

  it('escapes every value', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A place &amp; more');
    expect(escapeHtml('"\'<>&')).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});

describe('renderEvidencePack', () => {
  it('names the file after the scope and date, with the media type', () => {
    const rendered = renderEvidencePack(fixturePack(), 'html');
    expect(rendered.fileName).toBe('evidence-pack-rough-sleepers-2024-01-15.html');
    expect(rendered.mediaType).toBe('text/html; charset=utf-8');
  });
});

describe('partnersOf', () => {
  it('counts letters per partner, most Responsible first', () => {
    const [task] = fixturePack().tasks;
    const partners = partnersOf([
      { ...task!, row: 4, responsible: ['A'], accountable: ['B'], consulted: ['A'] },
      { ...task!, row: 7, responsible: ['A'], accountable: ['B'], consulted: [] },
    ]);
    expect(
      partners.map((p) => [p.name, p.responsible, p.accountable, p.consulted, p.rows]),
    ).toEqual([
      ['A', 2, 0, 1, [4, 7]],
      ['B', 0, 2, 0, [4, 7]],
    ]);
  });
});
