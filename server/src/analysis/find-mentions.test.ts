import { describe, expect, it } from 'vitest';
import { createMentionFinder, type VocabularyEntry } from './find-mentions.js';

const vocabulary: VocabularyEntry[] = [
  {
    key: 'cg:rs',
    label: 'ClientGroup',
    name: 'Rough Sleepers',
    terms: ['Rough Sleepers', 'rough sleeping'],
  },
  {
    key: 'cg:frs',
    label: 'ClientGroup',
    name: 'Female rough sleepers',
    terms: ['Female rough sleepers'],
  },
  {
    key: 'cg:cl',
    label: 'ClientGroup',
    name: 'Care leavers',
    terms: ['Care leavers', 'care leaver'],
  },
  { key: 'cg:nrpf', label: 'ClientGroup', name: 'NRPF', terms: ['NRPF'] },
  {
    key: 'svc:ta',
    label: 'Service',
    name: 'Temporary accommodation',
    terms: ['temporary accommodation', 'TA'],
  },
  { key: 'org:prisons', label: 'Organisation', name: 'Prisons', terms: ['Prisons'] },
  { key: 'svc:bb', label: 'Service', name: 'B&B accommodation', terms: ['B&B'] },
];
const find = createMentionFinder(vocabulary);

describe('createMentionFinder', () => {
  it('prefers the longest name: female rough sleepers, not rough sleepers', () => {
    const found = find('including the specific needs of female rough sleepers');
    expect(found.map((m) => m.key)).toEqual(['cg:frs']);
    expect(found[0]?.matched).toBe('female rough sleepers');
  });

  it('folds plurals and case for client groups', () => {
    expect(find('pathways for a Care Leaver').map((m) => m.key)).toEqual(['cg:cl']);
  });

  it('matches abbreviations only in capitals', () => {
    expect(find('reduce the use of TA').map((m) => m.key)).toEqual(['svc:ta']);
    expect(find('ta very much')).toEqual([]);
    expect(find('rough sleepers with NRPF').map((m) => m.key)).toEqual(['cg:rs', 'cg:nrpf']);
  });

  it('matches a one-word body only when capitalised', () => {
    expect(find('statutory services such as Prisons').map((m) => m.key)).toEqual(['org:prisons']);
    expect(find('the prisons estate')).toEqual([]);
  });

  it('reads & inside a name', () => {
    expect(find('families placed in B&B').map((m) => m.key)).toEqual(['svc:bb']);
  });

  it('does not take a group named in the name of a plan or a post', () => {
    expect(find('the Homelessness and Rough Sleeping Action Plan')).toEqual([]);
    expect(find('reduce rough sleeping in the city').map((m) => m.key)).toEqual(['cg:rs']);
  });
});
