import { describe, expect, it } from 'vitest';
import { PlanFormatError } from './plan-format-error.js';

describe('PlanFormatError', () => {
  it('has a fixed name, its code and a message that starts with the file name', () => {
    const error = new PlanFormatError({
      code: 'NO_HEADER',
      fileName: 'plan.csv',
      message: 'has no header row.',
    });
    expect([error.name, error.code, error.message, error instanceof Error]).toEqual([
      'PlanFormatError',
      'NO_HEADER',
      'plan.csv: has no header row.',
      true,
    ]);
  });
});
