import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherRoot } from '../db/cypher-files.js';
import { rules } from './rules.js';

const folder = path.join(cypherRoot, 'analysis');

describe('the rule catalogue', () => {
  it('has one cypher/analysis file per registered rule, and no file without a rule', () => {
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.replace(/\.cypher$/, ''))
      .sort();
    expect(files).toEqual(rules.map((r) => r.id).sort());
  });

  it.each(rules.map((r) => r.id))(
    '%s has a header saying what it finds, why a planner cares, its parameters and the seed',
    (id) => {
      const header = fs
        .readFileSync(path.join(folder, `${id}.cypher`), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('//'))
        .join('\n');
      expect(header).toMatch(new RegExp(`^// Rule ${id}: `));
      expect(header).toContain('Why a planner cares:');
      expect(header).toContain('Parameters:');
      expect(header).toMatch(/On the seed|Tuning on the seed/);
    },
  );

  it('registers each rule once with a title, severity, category and explanation', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5);
      expect(rule.explanation.length, rule.id).toBeGreaterThan(30);
      expect(['high', 'medium', 'low']).toContain(rule.severity);
      expect(['gap', 'duplication', 'risk', 'data-quality']).toContain(rule.category);
    }
  });
});
