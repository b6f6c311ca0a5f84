import { describe, expect, it } from 'vitest';
import { isOpen, normaliseStatus, statusName } from './task-status';

describe('task status', () => {
  it('reads the API form and the older hyphenated form alike', () => {
    expect(normaliseStatus('in_progress')).toBe('in_progress');
    expect(normaliseStatus('in-progress')).toBe('in_progress');
    expect(normaliseStatus('lost')).toBeNull();
  });

  it('names a status for a planner, a missing one as not started', () => {
    expect(statusName('not_started')).toBe('Not started');
    expect(statusName(null)).toBe('Not started');
  });

  it('counts only unfinished tasks as open', () => {
    expect(isOpen('done')).toBe(false);
    expect(isOpen('dropped')).toBe(false);
    expect(isOpen(null)).toBe(true);
  });
});
