import { describe, expect, it } from 'vitest';
import { readShared, type RuleContext } from './rule.js';

const context = (shared?: Map<string, Promise<unknown>>) =>
  ({ driver: {}, database: undefined, params: {}, shared }) as unknown as RuleContext;

describe('readShared', () => {
  it('reads once per name within a run, however many rules ask', async () => {
    let reads = 0;
    const run = context(new Map());
    const read = () => Promise.resolve(++reads);
    const answers = await Promise.all([
      readShared(run, 'names', read),
      readShared(run, 'names', read),
      readShared(run, 'other', read),
    ]);
    expect(answers).toEqual([1, 1, 2]);
    expect(reads).toBe(2);
  });

  it('reads every time without a run (a rule on its own)', async () => {
    let reads = 0;
    const alone = context();
    await readShared(alone, 'names', () => Promise.resolve(++reads));
    await readShared(alone, 'names', () => Promise.resolve(++reads));
    expect(reads).toBe(2);
  });
});
