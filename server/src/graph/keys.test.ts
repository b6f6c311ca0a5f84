import { describe, expect, it } from 'vitest';
import { objectiveKey, scopedKey, slugify, sourceKey, taskKey } from './keys.js';

describe('slugify', () => {
  it('turns ampersands into "and" and punctuation into single dashes', () => {
    expect(slugify("H&RSGroup – Women's Aid (WA)")).toBe('h-and-rsgroup-womens-aid-wa');
  });
});

describe('node keys', () => {
  it('scopes a key to its authority when one is given', () => {
    expect(scopedKey('role', 'HWOT Manager', 'org:worcester-city-council')).toBe(
      'role:worcester-city-council/hwot-manager',
    );
    expect(scopedKey('board', 'WSHOG', null)).toBe('board:wshog');
  });

  it('gives the same task key to the same title however it is spaced or cased', () => {
    const plan = 'plan:worcester-city-council/action-plan';
    expect(taskKey(plan, 'Deliver 10 units  of safe house')).toBe(
      taskKey(plan, 'deliver 10 units of safe house'),
    );
    expect(taskKey(plan, 'Deliver 10 units of safe house')).not.toBe(
      taskKey(plan, 'Deliver 12 units of safe house'),
    );
    expect(taskKey(plan, 'Deliver 10 units of safe house')).toMatch(
      /^task:worcester-city-council\/action-plan\/deliver-10-units-of-safe-house-[0-9a-f]{8}$/,
    );
  });

  it('keys objectives by plan and title and sources by file name', () => {
    expect(objectiveKey('plan:a/b', 'Governance')).toBe('objective:a/b/governance');
    expect(sourceKey('worcester-homelessness-action-plan.tsv')).toBe(
      'source:worcester-homelessness-action-plan',
    );
  });
});
