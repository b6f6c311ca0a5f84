import { describe, expect, it } from 'vitest';
import { findOverlongNames, MAX_NAME_LENGTH } from './find-overlong-names.js';
import type { ParsedTask } from './types.js';

function task(overrides: Partial<ParsedTask> = {}): ParsedTask {
  return {
    row: 7,
    objective: null,
    title: 'Do X',
    clientGroups: ['Rough Sleepers'],
    forAll: false,
    measures: [],
    raci: { R: [], A: [], C: [], I: [] },
    due: { raw: '', kind: 'none', start: null, end: null },
    ...overrides,
  } as ParsedTask;
}

describe('findOverlongNames', () => {
  it('passes a row whose names are of a normal length', () => {
    expect(findOverlongNames(task())).toBeUndefined();
  });

  it('reports a party name over the limit as an error on its row, saying how long it is', () => {
    const name = 'x'.repeat(10_000);
    const issue = findOverlongNames(
      task({ raci: { R: [{ name, raw: name }], A: [], C: [], I: [] } }),
    );
    expect(issue).toMatchObject({
      row: 7,
      column: 'RACI',
      severity: 'error',
      code: 'NAME_TOO_LONG',
    });
    expect(issue?.message).toMatch(/10000 characters.*at most 300.*not imported/);
  });

  it('reports a client group over the limit', () => {
    const issue = findOverlongNames(task({ clientGroups: ['y'.repeat(MAX_NAME_LENGTH + 1)] }));
    expect(issue?.column).toBe('Client group');
  });
});
