// Style mapping: turns the node-type table and the RACI line styles into a Cytoscape
// stylesheet, plus the classes every graph view uses (selected, highlighted, faded, dead end).
import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from './node-types';
import { OTHER_LINE_STYLE, RACI_LETTERS, RACI_LINE_STYLES } from './edge-types';

/** The colour that marks highlighted and problem nodes besides a thicker outline. */
export const HIGHLIGHT_COLOUR = '#000000';
export const DEAD_END_COLOUR = '#D55E00';

export interface StylesheetOptions {
  /** Draw labels on every node (small graphs) or only on selected/highlighted ones (large). */
  showAllLabels?: boolean;
  /**
   * Straight edges without arrowheads or letters (large graphs): curved edges, arrows and edge
   * labels were most of the time a first drawing of thousands of elements took.
   */
  simpleEdges?: boolean;
}

/** The whole stylesheet; later rules win, so the state classes come last. */
export function buildStylesheet(options: StylesheetOptions = {}): StylesheetJson {
  const showAllLabels = options.showAllLabels ?? true;
  const simple = options.simpleEdges ?? false;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: showAllLabels ? 'data(shortLabel)' : '',
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
        'border-width': 1.5,
        'border-color': '#1b1f24',
        'background-color': '#8C8C8C',
        width: 24,
        height: 24,
      },
    },
  ];
  for (const t of NODE_TYPES) {
    sheet.push({
      selector: `node[type = "${t.type}"]`,
      style: { 'background-color': t.colour, shape: t.shape, width: t.size, height: t.size },
    });
  }
  sheet.push(
    // Tasks, measures and principles are many and wordy: their labels wait until zoomed in.
    {
      selector: 'node[type = "Task"], node[type = "Measure"], node[type = "Principle"]',
      style: { 'font-size': 10, 'min-zoomed-font-size': 9 },
    },
    // Finished and dropped tasks recede; their status is in the tooltip and the side panel.
    {
      selector: 'node[status = "done"], node[status = "dropped"]',
      style: { 'background-opacity': 0.45 },
    },
    {
      selector: 'edge',
      style: {
        width: OTHER_LINE_STYLE.width,
        'line-color': OTHER_LINE_STYLE.colour,
        'line-style': OTHER_LINE_STYLE.lineStyle,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': OTHER_LINE_STYLE.colour,
        'arrow-scale': 0.7,
        opacity: 0.85,
      },
    },
  );
  for (const letter of RACI_LETTERS) {
    const s = RACI_LINE_STYLES[letter];
    sheet.push({
      selector: `edge[letter = "${letter}"]`,
      style: simple
        ? { width: s.width, 'line-color': s.colour, 'line-style': s.lineStyle }
        : {
            width: s.width,
            'line-color': s.colour,
            'line-style': s.lineStyle,
            'target-arrow-color': s.colour,
            'target-arrow-shape': s.arrow,
            label: letter,
            'font-size': 9,
            'font-weight': 'bold',
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 8,
          },
    });
  }
  if (simple) {
    sheet.push({
      selector: 'edge',
      style: { 'curve-style': 'straight', 'target-arrow-shape': 'none', label: '' },
    });
  }
  sheet.push(
    // Views that draw their own networks (partner, pathways) label some edges and weight others.
    {
      selector: 'edge[label]',
      style: {
        label: 'data(label)',
        'font-size': 10,
        color: '#1b1f24',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge[weight]',
      style: {
        width: 'mapData(weight, 1, 10, 2, 9)',
        'target-arrow-shape': 'none',
        'line-color': '#5a6270',
      },
    },
    {
      selector: 'node.centre',
      style: {
        width: 56,
        height: 56,
        'border-width': 4,
        'font-size': 14,
        'font-weight': 'bold',
        label: 'data(label)',
      },
    },
    {
      selector: 'node.highlighted',
      style: {
        label: 'data(shortLabel)',
        'border-width': 5,
        'border-color': HIGHLIGHT_COLOUR,
        'underlay-color': HIGHLIGHT_COLOUR,
        'underlay-opacity': 0.2,
        'underlay-padding': 10,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: 'edge.highlighted', style: { width: 4, opacity: 1, 'z-index': 20 } },
    {
      selector: 'node.dead-end',
      style: {
        'border-width': 5,
        'border-style': 'double',
        'border-color': DEAD_END_COLOUR,
        color: '#8a2c00',
        'font-weight': 'bold',
        'text-max-width': '150px',
      },
    },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: 'node:selected, node.selected',
      style: {
        label: 'data(label)',
        'border-width': 4,
        'border-color': HIGHLIGHT_COLOUR,
        'border-style': 'solid',
        'font-weight': 'bold',
        'font-size': 12,
        'text-max-width': '200px',
        opacity: 1,
        'text-opacity': 1,
        'z-index': 30,
      },
    },
    {
      selector: 'node.keyboard-focus',
      style: { 'overlay-color': '#0072B2', 'overlay-opacity': 0.25, 'overlay-padding': 8 },
    },
  );
  return sheet;
}
