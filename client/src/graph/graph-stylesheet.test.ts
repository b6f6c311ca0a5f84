import { describe, expect, it } from 'vitest';
import { buildStylesheet } from './graph-stylesheet';
import { NODE_TYPES } from './node-types';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = () => buildStylesheet() as unknown as Rule[];
const ruleFor = (selector: string) => rules().find((r) => r.selector === selector);

describe('buildStylesheet', () => {
  it('gives each node type its colour and shape', () => {
    for (const t of NODE_TYPES) {
      expect(ruleFor(`node[type = "${t.type}"]`)?.style).toMatchObject({
        'background-color': t.colour,
        shape: t.shape,
      });
    }
  });

  it('tells the RACI letters apart by line and arrow head, not colour alone, and labels each with its letter', () => {
    const styles = ['R', 'A', 'C', 'I'].map((l) => ruleFor(`edge[letter = "${l}"]`)?.style);
    const looks = styles.map(
      (s) => `${String(s?.['line-style'])}/${String(s?.['target-arrow-shape'])}`,
    );
    expect(new Set(looks).size).toBe(4);
    expect(styles.map((s) => s?.label)).toEqual(['R', 'A', 'C', 'I']);
  });

  it('draws large graphs with straight edges and no arrow heads or letters, which are cheap', () => {
    const sheet = buildStylesheet({ simpleEdges: true }) as unknown as Rule[];
    const edgeRules = sheet.filter((r) => r.selector.startsWith('edge'));
    const last = (prop: string) => edgeRules.filter((r) => prop in r.style).pop()?.style[prop];
    expect(last('curve-style')).toBe('straight');
    expect(last('target-arrow-shape')).toBe('none');
    expect(sheet.find((r) => r.selector === 'edge[letter = "R"]')?.style.label).toBeUndefined();
  });

  it('uses only line styles Cytoscape accepts on edges', () => {
    for (const r of rules().filter((r) => r.selector.startsWith('edge'))) {
      const style = r.style['line-style'];
      if (style !== undefined) expect(['solid', 'dotted', 'dashed']).toContain(style);
    }
  });

  it('puts the state classes after the type rules so they win', () => {
    const selectors = rules().map((r) => r.selector);
    const lastType = Math.max(
      ...NODE_TYPES.map((t) => selectors.indexOf(`node[type = "${t.type}"]`)),
    );
    for (const s of ['node.highlighted', '.faded', 'node:selected, node.selected']) {
      expect(selectors.indexOf(s)).toBeGreaterThan(lastType);
    }
  });

  it('hides the labels of ordinary nodes when asked, but never of highlighted ones', () => {
    const sheet = buildStylesheet({ showAllLabels: false }) as unknown as Rule[];
    expect(sheet.find((r) => r.selector === 'node')?.style.label).toBe('');
    expect(sheet.find((r) => r.selector === 'node.highlighted')?.style.label).toBe(
      'data(shortLabel)',
    );
  });
});
