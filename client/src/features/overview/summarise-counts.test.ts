import { describe, expect, it } from 'vitest';
import { summariseCounts } from './summarise-counts';

describe('summariseCounts', () => {
  it('counts each kind of node in a fixed order', () => {
    const counts = summariseCounts({
      organisations: [
        { key: 'a', name: 'A' },
        { key: 'b', name: 'B' },
      ],
      boards: [],
      roles: [{ key: 'r', name: 'R' }],
      clientGroups: [],
      services: [],
      tasks: [],
    });
    expect(counts.map((c) => `${c.count} ${c.label}`)).toEqual([
      '2 organisations',
      '0 boards and groups',
      '1 roles',
      '0 client groups',
      '0 services',
      '0 tasks',
    ]);
  });
});
