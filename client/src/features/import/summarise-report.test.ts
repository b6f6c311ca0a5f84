import { describe, expect, it } from 'vitest';
import { countIssues, issueRows, reportHeadline } from './summarise-report';
import type { ImportReport } from './import.query';

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  file: 'plan.tsv',
  format: 'tsv',
  layout: 'columns',
  dryRun: true,
  changed: true,
  authorityKey: 'org:worcester-city-council',
  authorityName: 'Worcester City Council',
  planKey: 'plan:w/p',
  planTitle: 'Plan',
  rowsRead: 40,
  tasksRead: 29,
  objectivesRead: 4,
  glossaryEntries: 12,
  partiesMatched: 30,
  partiesCreated: [],
  clientGroupsCreated: [],
  added: [{ key: 'a', title: 'A', row: 3, fields: [] }],
  updated: [],
  removed: [],
  unchanged: 28,
  issues: [
    {
      row: 9,
      column: 'RACI',
      severity: 'warning',
      code: 'two-accountable',
      message: 'Two Accountables',
    },
    { row: 4, column: null, severity: 'note', code: 'no-date', message: 'No due date' },
    { row: 9, column: null, severity: 'error', code: 'unreadable', message: 'Could not read' },
    { row: null, column: null, severity: 'note', code: 'glossary', message: 'Glossary found' },
  ],
  ...over,
});

describe('reportHeadline', () => {
  it('says what a dry run would do', () => {
    expect(reportHeadline(report())).toBe(
      'Read 29 tasks under 4 objectives from 40 rows of plan.tsv (tsv) for Worcester City Council. Importing it would leave: 1 task added, 0 tasks updated, 0 tasks removed, 28 unchanged.',
    );
  });

  it('says when importing changes nothing', () => {
    expect(reportHeadline(report({ changed: false }))).toMatch(/would change nothing/);
  });

  it('says what the real import did', () => {
    expect(reportHeadline(report({ dryRun: false }))).toMatch(/Imported: 1 task added/);
  });
});

describe('issues', () => {
  it('counts them by severity', () => {
    expect(countIssues(report().issues)).toEqual({ error: 1, warning: 1, note: 2 });
  });

  it('lists them by row, errors first within a row, file-wide ones last', () => {
    expect(issueRows(report().issues, []).map((i) => i.code)).toEqual([
      'no-date',
      'unreadable',
      'two-accountable',
      'glossary',
    ]);
  });

  it('keeps only the chosen severities', () => {
    expect(issueRows(report().issues, ['error']).map((i) => i.code)).toEqual(['unreadable']);
  });
});
