import { describe, expect, it } from 'vitest';
import { generateDataset } from './generate-dataset.js';
import { parsePlan } from '../import/parse-plan.js';

describe('generateDataset', () => {
  it('gives byte-identical files for the same seed', () => {
    const a = generateDataset({ authorities: 5, seed: 42 });
    const b = generateDataset({ authorities: 5, seed: 42 });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [file, content] of a.files) expect(b.files.get(file)).toBe(content);
  });

  it('gives different plans for a different seed', () => {
    const a = generateDataset({ authorities: 2, seed: 1 });
    const b = generateDataset({ authorities: 2, seed: 2 });
    expect(a.manifest.authorities[0]?.name).not.toBe(b.manifest.authorities[0]?.name);
  });

  it('makes the first authorities of a larger run the same as a smaller run', () => {
    const small = generateDataset({ authorities: 3, seed: 7 });
    const large = generateDataset({ authorities: 30, seed: 7 });
    for (const a of small.manifest.authorities) {
      expect(large.files.get(a.planFile)).toBe(small.files.get(a.planFile));
      expect(large.files.get(a.structureFile)).toBe(small.files.get(a.structureFile));
    }
  });

  it('gives every authority its own name and key, ten to a county', () => {
    const { manifest } = generateDataset({ authorities: 300, seed: 1 });
    expect(new Set(manifest.authorities.map((a) => a.key)).size).toBe(300);
    expect(new Set(manifest.authorities.map((a) => a.county)).size).toBe(30);
  });

  it('writes plans the importer reads without an error, with RACI, measures and a glossary', async () => {
    const { manifest, files } = generateDataset({ authorities: 4, seed: 3 });
    for (const authority of manifest.authorities) {
      const parsed = await parsePlan(files.get(authority.planFile) ?? '', {
        fileName: authority.planFile,
        knownPartyNames: [],
        glossary: [],
        startYear: authority.startYear,
      });
      expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(parsed.tasks.length).toBeGreaterThanOrEqual(15);
      expect(parsed.objectives.length).toBeGreaterThanOrEqual(5);
      expect(parsed.glossary.length).toBe(8);
      expect(parsed.tasks.every((t) => t.raci.R.length > 0)).toBe(true);
      expect(parsed.tasks.some((t) => t.measures.length >= 2)).toBe(true);
    }
  });
});
