import { describe, expect, it } from 'vitest';
import { assignObjectives, type ObjectiveCell } from './assign-objectives.js';

const blocks = (count: number, hasObjectiveColumn = true) =>
  Array.from({ length: count }, (_, block) => ({
    block,
    headerRow: block * 10,
    hasObjectiveColumn,
  }));
const cell = (row: number, block: number, objective = ''): ObjectiveCell => ({
  row,
  block,
  objective,
});

describe('assignObjectives', () => {
  it('gives the rows above an objective written mid-block that objective', () => {
    const result = assignObjectives({
      cells: [cell(1, 0), cell(2, 0, 'Prevent'), cell(3, 0)],
      blocks: blocks(1),
    });
    expect([...result.objectiveOf.values()]).toEqual(['Prevent', 'Prevent', 'Prevent']);
  });

  it('joins an objective continued on the next row that starts with "and"', () => {
    const result = assignObjectives({
      cells: [cell(1, 0, 'Maximise relationships'), cell(2, 0, 'and contributions from partners')],
      blocks: blocks(1),
    });
    expect([result.objectives, result.issues.map((i) => [i.row, i.code])]).toEqual([
      [{ title: 'Maximise relationships and contributions from partners', order: 1, rows: [1, 2] }],
      [[2, 'OBJECTIVE_JOINED']],
    ]);
  });

  it('joins an objective continued on a row that starts in lower case', () => {
    const result = assignObjectives({
      cells: [
        cell(1, 0, 'Improve the supply'),
        cell(2, 0, 'reduce the use of temporary accommodation'),
      ],
      blocks: blocks(1),
    });
    expect(result.objectives.map((o) => o.title)).toEqual([
      'Improve the supply reduce the use of temporary accommodation',
    ]);
  });

  it('gives each row of a block the nearest objective at or above it', () => {
    const result = assignObjectives({
      cells: [cell(1, 0, 'Prevent'), cell(2, 0), cell(3, 0, 'Governance'), cell(4, 0)],
      blocks: blocks(1),
    });
    expect([...result.objectiveOf.values()]).toEqual([
      'Prevent',
      'Prevent',
      'Governance',
      'Governance',
    ]);
  });

  it('makes blocks with the same title one objective, ignoring case and spacing', () => {
    const result = assignObjectives({
      cells: [cell(1, 0, 'Prevent homelessness'), cell(11, 1, 'prevent  Homelessness')],
      blocks: blocks(2),
    });
    expect([result.objectives, [...result.objectiveOf.values()]]).toEqual([
      [{ title: 'Prevent homelessness', order: 1, rows: [1, 11] }],
      ['Prevent homelessness', 'Prevent homelessness'],
    ]);
  });

  it('orders objectives by first appearance', () => {
    const result = assignObjectives({
      cells: [cell(1, 0, 'B'), cell(11, 1, 'A'), cell(21, 2, 'B')],
      blocks: blocks(3),
    });
    expect(result.objectives.map((o) => [o.order, o.title])).toEqual([
      [1, 'B'],
      [2, 'A'],
    ]);
  });

  it('joins a word broken at a hyphen, with an info issue', () => {
    const result = assignObjectives({
      cells: [cell(5, 0, 'rare, brief and non- recurrent')],
      blocks: blocks(1),
    });
    expect([result.objectives[0]?.title, result.issues.map((i) => i.code)]).toEqual([
      'rare, brief and non-recurrent',
      ['HYPHEN_JOINED'],
    ]);
  });

  it('carries the previous objective into a block that names none, with a warning', () => {
    const result = assignObjectives({
      cells: [cell(1, 0, 'Prevent'), cell(11, 1)],
      blocks: blocks(2),
    });
    expect([result.objectiveOf.get(11), result.issues.map((i) => [i.row, i.code])]).toEqual([
      'Prevent',
      [[10, 'OBJECTIVE_INHERITED']],
    ]);
  });

  it('leaves tasks without an objective, with a warning, when none has been written yet', () => {
    const result = assignObjectives({ cells: [cell(1, 0)], blocks: blocks(1) });
    expect([result.objectiveOf.get(1), result.issues.map((i) => i.code)]).toEqual([
      null,
      ['NO_OBJECTIVE'],
    ]);
  });

  it('says once that a table has no objective column', () => {
    const result = assignObjectives({ cells: [cell(1, 0), cell(2, 0)], blocks: blocks(1, false) });
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([
      ['info', 'NO_OBJECTIVE_COLUMN'],
    ]);
  });

  it('removes an unmatched quote around an objective', () => {
    const result = assignObjectives({ cells: [cell(1, 0, 'Governance"')], blocks: blocks(1) });
    expect(result.objectives[0]?.title).toBe('Governance');
  });
});
