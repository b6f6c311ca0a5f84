import { describe, expect, it } from 'vitest';
import { getOperationAST, parse } from 'graphql';
import { checkListLimits } from './list-limits.js';

const LIMITS = { maxLimit: 1000, maxRows: 100_000 };

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return checkListLimits(document, operation, variables, LIMITS);
}

describe('checkListLimits', () => {
  it('lets limits up to the maximum through', () => {
    expect(check('{ tasks(limit: 1000) { key responsible { key } } }')).toBeUndefined();
    expect(check('{ tasksConnection(first: 1000) { edges { node { key } } } }')).toBeUndefined();
  });

  it('refuses a literal limit above the maximum, naming the field', () => {
    const error = check('{ organisations(limit: 1000000) { key } }');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(error?.message).toMatch(/organisations\(limit: 1000000\) asks for more than 1000/);
  });

  it('refuses a limit passed as a variable, or as a variable default', () => {
    expect(
      check('query($n: Int) { tasks(limit: $n) { key } }', { n: 5000 })?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(check('query($n: Int = 5000) { tasks(limit: $n) { key } }')?.message).toMatch(
      /tasks\(limit: 5000\)/,
    );
    expect(check('query($n: Int = 5000) { tasks(limit: $n) { key } }', { n: 10 })).toBeUndefined();
  });

  it('refuses a connection asking for more than the maximum with first', () => {
    expect(check('{ tasksConnection(first: 2000) { edges { node { key } } } }')?.message).toMatch(
      /page with after/,
    );
  });

  it('multiplies nested limits, through fragments, and refuses too many rows', () => {
    const error = check(
      '{ tasks(limit: 1000) { ...R } } fragment R on Task { responsible { ... on Organisation { responsibleFor(limit: 1000) { key } } } }',
    );
    expect(error?.message).toMatch(/could return \d+ rows/);
    expect(check('{ tasks(limit: 1000) { measures(limit: 50) { key } } }')).toBeUndefined();
  });

  it('finds a big limit nested under a list', () => {
    expect(check('{ plans { objectives { tasks(limit: 99999) { key } } } }')?.message).toMatch(
      /tasks\(limit: 99999\)/,
    );
  });
});
