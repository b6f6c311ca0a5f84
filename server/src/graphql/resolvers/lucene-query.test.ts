import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './lucene-query.js';

describe('toLuceneQuery', () => {
  it('requires every word and matches the last as a prefix', () => {
    expect(toLuceneQuery('rough sle')).toBe('rough AND (sle OR sle*)');
  });

  it('neutralises Lucene syntax so no input can break the query', () => {
    expect(toLuceneQuery('H&RSGroup (NRPF)')).toBe('h AND rsgroup AND (nrpf OR nrpf*)');
    expect(toLuceneQuery('housing OR NOT')).toBe('housing AND or AND (not OR not*)');
    expect(toLuceneQuery('"*:~')).toBeNull();
  });
});
