// parsePlan's limits: a file too large to be a plan is refused before it is read.
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES, parsePlan } from './parse-plan.js';
import { PlanFormatError } from './plan-format-error.js';

describe('parsePlan limits', () => {
  it('refuses a file over 10 MB with TOO_LARGE, saying its size and the limit', async () => {
    const big = new Uint8Array(MAX_PLAN_BYTES + 1).fill(65);
    const failure = parsePlan(big, { fileName: 'huge.tsv' });
    await expect(failure).rejects.toBeInstanceOf(PlanFormatError);
    await expect(failure).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(failure).rejects.toThrow(
      /huge\.tsv: is 10\.0 MB; a plan file may be at most 10 MB/,
    );
  });

  it('reads a long table (20,000 rows) in one go', async () => {
    const text = `Task\tLead\n${Array.from({ length: 20_000 }, (_, i) => `Task ${i}\tTeam\n`).join('')}`;
    const plan = await parsePlan(text, { fileName: 'long.tsv' });
    expect(plan.tasks).toHaveLength(20_000);
  });
});
