import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from './find-mentions.js';
import { MentionRecogniser, type TextRow } from './mention-recogniser.js';

const vocabulary: VocabularyEntry[] = [
  {
    key: 'cg:rs',
    label: 'ClientGroup',
    name: 'Rough Sleepers',
    terms: ['Rough Sleepers', 'rough sleeping'],
  },
  { key: 'cg:cl', label: 'ClientGroup', name: 'Care leavers', terms: ['Care leavers'] },
  // Two councils' own posts of one title, and a shared body.
  { key: 'role:north/head-of-housing', label: 'Role', name: 'Head of Housing', terms: ['HoH'] },
  { key: 'role:south/head-of-housing', label: 'Role', name: 'Head of Housing', terms: ['HoH'] },
  { key: 'org:probation', label: 'Organisation', name: 'Probation', terms: ['Probation'] },
];

const texts: TextRow[] = [
  { key: 'task:north/plan/a', text: 'HoH to review rough sleeping with Probation' },
  { key: 'task:south/plan/b', text: 'HoH to review rough sleeping with Probation' },
  { key: 'task:south/plan/c', text: 'Support care leavers' },
  { key: 'task:north/plan/d', text: null },
  // A text naming itself: Probation's own description.
  { key: 'org:probation', text: 'Probation supervises people on licence' },
];

const pairs = (found: { from: string; to: string }[]) => found.map((m) => `${m.from} > ${m.to}`);

describe('MentionRecogniser', () => {
  it("finds each text's mentions in its own council's names and the shared ones, never itself", () => {
    expect(pairs(new MentionRecogniser().recognise(vocabulary, texts))).toEqual([
      'task:north/plan/a > role:north/head-of-housing',
      'task:north/plan/a > cg:rs',
      'task:north/plan/a > org:probation',
      'task:south/plan/b > role:south/head-of-housing',
      'task:south/plan/b > cg:rs',
      'task:south/plan/b > org:probation',
      'task:south/plan/c > cg:cl',
    ]);
  });

  it('recognises again only the texts that are new or changed, with the same answer', () => {
    const recogniser = new MentionRecogniser();
    const first = recogniser.recognise(vocabulary, texts);
    // Two councils' texts with the same words are two texts: the council decides whose post.
    expect(recogniser.recognisedAfresh).toBe(4);

    expect(recogniser.recognise(vocabulary, texts)).toEqual(first);
    expect(recogniser.recognisedAfresh).toBe(0);

    const edited = texts.map((t) =>
      t.key === 'task:south/plan/c' ? { ...t, text: 'Support care leavers and Probation' } : t,
    );
    const again = recogniser.recognise(vocabulary, edited);
    expect(recogniser.recognisedAfresh).toBe(1);
    expect(again).toEqual(new MentionRecogniser().recognise(vocabulary, edited));
    expect(pairs(again)).toContain('task:south/plan/c > org:probation');
  });

  it('recognises every text again when the vocabulary changed: an old text may name a new body', () => {
    const recogniser = new MentionRecogniser();
    recogniser.recognise(vocabulary, texts);
    const grown = [
      ...vocabulary,
      { key: 'org:licence-team', label: 'Organisation', name: 'Licence', terms: ['licence'] },
    ];
    const found = recogniser.recognise(grown, texts);
    expect(recogniser.recognisedAfresh).toBe(4);
    expect(found).toEqual(new MentionRecogniser().recognise(grown, texts));

    // An alias added to a known body counts as a change too.
    const aliased = vocabulary.map((v) =>
      v.key === 'cg:cl' ? { ...v, terms: [...v.terms, 'care experienced'] } : v,
    );
    recogniser.recognise(aliased, texts);
    expect(recogniser.recognisedAfresh).toBe(4);
  });

  it('forgets the texts that are gone', () => {
    const recogniser = new MentionRecogniser();
    recogniser.recognise(vocabulary, texts);
    recogniser.recognise(vocabulary, texts.slice(0, 1));
    // The south council's texts were dropped from memory by the run that no longer had them.
    recogniser.recognise(vocabulary, texts);
    expect(recogniser.recognisedAfresh).toBe(3);
  });
});
