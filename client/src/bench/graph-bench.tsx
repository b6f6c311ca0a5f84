// The page `npm run bench:client` loads in Chromium: the production CytoscapeGraph, with its
// layouts and stylesheet, drawing a synthetic graph of the product's shape. The URL says what to
// draw (?elements=5000&renderer=webgl&layout=fcose); the page reports on window.bench when the
// layout has finished and the canvas painted, and measures frames per second while panning.
import { createRoot } from 'react-dom/client';
import type { Core } from 'cytoscape';
import { CytoscapeGraph } from '../graph/CytoscapeGraph';
import { graphToElements } from '../graph/graph-to-elements';
import type { LayoutName } from '../graph/layouts';
import { syntheticGraph } from './synthetic-graph';
import '../styles.css';

export interface BenchReport {
  nodes: number;
  edges: number;
  /** The renderer the component chose ('webgl' or 'canvas'). */
  renderer: string;
  /** From handing the data to the component until the layout stopped and a frame was drawn. */
  firstRenderMs: number;
}

declare global {
  interface Window {
    bench: {
      ready: Promise<BenchReport>;
      /** Pans by `step` pixels every frame for `ms` and returns the frames drawn per second. */
      pan(ms: number, step?: number): Promise<number>;
      /** Counts frames until `stop` is called, which returns the frames per second. */
      countFrames(): { stop(): number };
    };
  }
}

const params = new URLSearchParams(location.search);
const elements = Number(params.get('elements') ?? 1000);
const renderer = (params.get('renderer') ?? 'auto') as 'auto' | 'canvas' | 'webgl';
const layout = (params.get('layout') ?? 'fcose') as LayoutName;
const view = syntheticGraph({ elements, seed: Number(params.get('seed') ?? 1) });

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
let cy: Core | null = null;
let resolveReady: (report: BenchReport) => void = () => undefined;
const ready = new Promise<BenchReport>((resolve) => (resolveReady = resolve));

async function pan(ms: number, step = 8): Promise<number> {
  if (!cy) throw new Error('The graph is not drawn yet.');
  const c = cy;
  await frame();
  const start = performance.now();
  let frames = 0;
  let now = start;
  while (now - start < ms) {
    // Left and right in turns, so the graph stays on screen.
    const direction = Math.floor((now - start) / 1000) % 2 === 0 ? 1 : -1;
    c.panBy({ x: step * direction, y: step * direction * 0.5 });
    now = await frame();
    frames += 1;
  }
  return (frames * 1000) / (now - start);
}

function countFrames() {
  const start = performance.now();
  let frames = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      return (frames * 1000) / (performance.now() - start);
    },
  };
}

window.bench = { ready, pan, countFrames };

const root = document.getElementById('root')!;
root.style.cssText = 'position:fixed;inset:0;display:flex';
const started = performance.now();
const { nodes, edges } = graphToElements([view]);

function onReady(instance: Core | null) {
  cy = instance;
}

// The frame's data-layout goes 'running' when the layout starts and 'idle' when it has stopped
// (and any crowded draft has been spread out); the next two frames are the first drawn.
const observer = new MutationObserver(() => {
  const el = document.querySelector('[data-testid=graph]');
  if (!el) return;
  const state = el.getAttribute('data-layout');
  if (state === 'running') el.setAttribute('data-bench-seen-running', 'yes');
  if (state === 'idle' && el.getAttribute('data-bench-seen-running')) {
    observer.disconnect();
    void frame()
      .then(frame)
      .then(() =>
        resolveReady({
          nodes: nodes.length,
          edges: edges.length,
          renderer: el.getAttribute('data-renderer') ?? '?',
          firstRenderMs: Math.round(performance.now() - started),
        }),
      );
  }
});
observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['data-layout'] });

createRoot(root).render(
  <CytoscapeGraph
    elements={{ nodes, edges }}
    layout={layout}
    renderer={renderer}
    onReady={onReady}
    label={`Benchmark: ${nodes.length} nodes, ${edges.length} edges`}
  />,
);
