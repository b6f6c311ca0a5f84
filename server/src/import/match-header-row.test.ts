import { describe, expect, it } from 'vitest';
import { classifyHeader, isHeaderWithoutTask, matchHeaderRow } from './match-header-row.js';

describe('classifyHeader', () => {
  it.each([
    ['Strategic Objective', 'objective'],
    ['Priority', 'objective'],
    ['Theme', 'objective'],
    ['Tasks', 'task'],
    ['Action', 'task'],
    ['ACTIONS', 'task'],
    ['Client Group', 'clientGroup'],
    ['Client Group(s)', 'clientGroup'],
    ['Cohort', 'clientGroup'],
    ['Measure of Success', 'measure'],
    ['Outcomes', 'measure'],
    ['Target', 'measure'],
    ['Evidencing success', 'measure'],
    ['Responsible Accountable Consulted Informed', 'raci'],
    ['RACI', 'raci'],
    ['Lead', 'responsible'],
    ['Responsibility', 'responsible'],
    ['Who', 'responsible'],
    ['Accountable', 'accountable'],
    ['Consulted', 'consulted'],
    ['Partners', 'consulted'],
    ['Informed', 'informed'],
    ['Timescale', 'due'],
    ['Target date', 'due'],
    ['Deadline', 'due'],
    ['Year', 'due'],
    ['When', 'due'],
  ])('reads the header "%s" as %s', (header, role) => {
    expect(classifyHeader(header)).toBe(role);
  });

  it('does not read a header it does not know', () => {
    expect(classifyHeader('Status')).toBeNull();
  });
});

describe('matchHeaderRow', () => {
  it('maps each cell of the seed header to its column', () => {
    const match = matchHeaderRow([
      'Strategic Objective',
      'Tasks',
      'Client Group',
      'Measure of Success',
      'Responsible Accountable Consulted Informed',
      'Timescale',
    ]);
    expect(match?.columns.map((c) => c.role)).toEqual([
      'objective',
      'task',
      'clientGroup',
      'measure',
      'raci',
      'due',
    ]);
  });

  it('keeps the position of a header shifted by an empty leading cell', () => {
    const match = matchHeaderRow(['', 'Strategic Objective', 'Tasks', 'Timescale']);
    expect(match?.columns.find((c) => c.role === 'task')?.index).toBe(2);
  });

  it('does not take a row without a task column for a header', () => {
    expect(matchHeaderRow(['Objective', 'Lead', 'Timescale'])).toBeNull();
  });

  it('does not take a lone task cell for a header', () => {
    expect(matchHeaderRow(['Actions', '', ''])).toBeNull();
  });

  it('does not take a data row whose task is called "Task" for a header', () => {
    expect(matchHeaderRow(['Objective', 'Task', 'All', 'R: Team A: Head', 'June 2023'])).toBeNull();
  });

  it('reads only the first of two task columns', () => {
    const match = matchHeaderRow(['Action', 'Tasks', 'Lead']);
    expect(match?.columns.map((c) => c.role)).toEqual(['task', null, 'responsible']);
  });
});

describe('isHeaderWithoutTask', () => {
  it('recognises a plan header that lacks a task column', () => {
    expect(isHeaderWithoutTask(['Objective', 'Lead', 'Timescale'])).toBe(true);
  });

  it('does not flag an ordinary data row', () => {
    expect(isHeaderWithoutTask(['Deliver 10 units of safe house', 'All', 'June 2023'])).toBe(false);
  });
});
