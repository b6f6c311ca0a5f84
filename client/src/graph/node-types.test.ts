import { describe, expect, it } from 'vitest';
import { NODE_TYPES, OKABE_ITO, NEUTRAL_GREY, nodeTypeStyle } from './node-types';

describe('node types', () => {
  it('gives every type its own shape, so colour is never the only cue', () => {
    const shapes = NODE_TYPES.map((t) => t.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('uses only Okabe–Ito colours and one neutral grey', () => {
    const allowed = new Set<string>([...Object.values(OKABE_ITO), NEUTRAL_GREY]);
    for (const t of NODE_TYPES) expect(allowed.has(t.colour), t.type).toBe(true);
  });

  it('never repeats a colour and shape pair', () => {
    const pairs = NODE_TYPES.map((t) => `${t.colour}/${t.shape}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('draws an unknown type as a grey circle labelled with its own name', () => {
    const style = nodeTypeStyle('Spaceship');
    expect(style).toMatchObject({ type: 'Spaceship', label: 'Spaceship', shape: 'ellipse' });
    expect(style.colour).toBe(NEUTRAL_GREY);
  });
});
