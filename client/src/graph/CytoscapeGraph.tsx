// The one component that owns a Cytoscape instance: it creates and destroys it, keeps its
// elements in step with the props without moving nodes already placed, runs layouts, applies
// the selected / highlighted / faded classes, shows tooltips and moves the selection with the
// keyboard. Everything it decides is computed by the pure modules beside it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import cytoscape, {
  type Core,
  type ElementDefinition,
  type Layouts,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { registerExtensions } from './register-extensions';
import { buildStylesheet } from './graph-stylesheet';
import { LARGE_GRAPH_NODES, layoutOptions, planLayout, type LayoutName } from './layouts';
import {
  MAX_FIT_ZOOM,
  firstInReadingOrder,
  isCrowded,
  nearestInDirection,
  placeNewNodes,
  renderOptions,
  spiralPoint,
  sunflower,
  type Direction,
  type Point,
} from './viewport';
import { nodeTypeStyle } from './node-types';
import { statusName } from '../shared/task-status';

export interface GraphElementsInput {
  nodes: readonly ElementDefinition[];
  edges: readonly ElementDefinition[];
}

export interface Spotlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface CytoscapeGraphProps {
  elements: GraphElementsInput;
  layout: LayoutName;
  /** Increase to run the whole layout again (the "Re-arrange" button). */
  layoutRun?: number;
  /** The node a concentric layout puts in the middle. */
  centre?: string | null;
  selected?: string | null;
  highlighted?: readonly string[];
  /** When set, everything outside it fades. */
  spotlight?: Spotlight | null;
  /** When this list changes, the view moves to show these nodes. */
  fitTo?: readonly string[] | null;
  onSelect?(id: string | null): void;
  /** Double-click or Enter on a node. */
  onActivate?(id: string): void;
  /** The Cytoscape instance, for exports; null once destroyed. */
  onReady?(cy: Core | null): void;
  /** What the graph shows, for screen readers ("The homelessness system: 254 nodes"). */
  label: string;
  /** Node positions kept by the parent, so they survive this component being unmounted. */
  positions?: Map<string, Point>;
  /** A short line for the tooltip under the node's name. */
  describeNode?(data: Record<string, unknown>): string;
  className?: string;
  /** Which renderer to use; 'auto' (the default) picks WebGL for large graphs. */
  renderer?: 'auto' | 'canvas' | 'webgl';
}

const MAX_ZOOM = 4;

let webglSupport: { available: boolean; software: boolean } | undefined;
/** Whether the browser has WebGL 2, and whether it is a software rasteriser (no GPU). */
function webglSupportOf(): { available: boolean; software: boolean } {
  if (webglSupport !== undefined) return webglSupport;
  webglSupport = { available: false, software: false };
  try {
    if (typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent)) return webglSupport;
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return webglSupport;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    webglSupport = {
      available: true,
      software: /swiftshader|llvmpipe|softpipe|software/i.test(name),
    };
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // no WebGL
  }
  return webglSupport;
}

function motionAllowed(): boolean {
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

function defaultDescription(data: Record<string, unknown>): string {
  const parts = [nodeTypeStyle(String(data.type ?? '')).label];
  if (data.kind) parts.push(String(data.kind));
  if (data.status) parts.push(statusName(String(data.status)));
  if (data.due) parts.push(`due ${String(data.due).slice(0, 7)}`);
  return parts.join(' · ');
}

interface Tooltip {
  x: number;
  y: number;
  label: string;
  detail: string;
}

export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // Positions survive re-creating the instance and elements leaving and coming back.
  const [ownPositions] = useState(() => new Map<string, Point>());
  const positions = props.positions ?? ownPositions;
  const lastLayoutKey = useRef<string | null>(null);
  const pendingFit = useRef<readonly string[] | null>(null);
  // The layout now running, if any: a new one stops it, so two never fight over the nodes.
  const runningLayout = useRef<Layouts | null>(null);
  // What the element sync last saw, so that a re-render with the same input does nothing.
  const synced = useRef<{ cy: Core; elements: GraphElementsInput; layoutKey: string } | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [arranging, setArranging] = useState<string | null>(null);
  const [layoutBusy, setLayoutBusy] = useState(false);
  const [ready, setReady] = useState(0);

  const nodeCount = props.elements.nodes.length;
  const edgeCount = props.elements.edges.length;
  const render = renderOptions({
    nodeCount,
    edgeCount,
    webglAvailable: webglSupportOf().available,
    webglSoftware: webglSupportOf().software,
    renderer: props.renderer,
  });
  // Crossing a size threshold changes how Cytoscape must be created, so it is created anew.
  const mode = `${render.webgl}|${render.showAllLabels}|${render.hideEdgesOnViewport}|${render.simpleEdges}`;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    registerExtensions();
    const cy = cytoscape({
      container,
      style: buildStylesheet({
        showAllLabels: render.showAllLabels,
        simpleEdges: render.simpleEdges,
      }),
      minZoom: 0.05,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      autounselectify: true,
      hideEdgesOnViewport: render.hideEdgesOnViewport,
      textureOnViewport: render.textureOnViewport,
      hideLabelsOnViewport: render.hideLabelsOnViewport,
      pixelRatio: render.pixelRatio,
      ...(render.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    const savePositions = () => {
      cy.nodes().forEach((n) => {
        positions.set(n.id(), { ...n.position() });
      });
    };
    cy.on('tap', 'node', (e) => latest.current.onSelect?.((e.target as NodeSingular).id()));
    cy.on('tap', (e) => {
      if (e.target === cy) latest.current.onSelect?.(null);
    });
    cy.on('dbltap', 'node', (e) => latest.current.onActivate?.((e.target as NodeSingular).id()));
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as NodeSingular;
      const p = n.renderedPosition();
      const data = n.data() as Record<string, unknown>;
      setTooltip({
        x: p.x,
        y: p.y - n.renderedOuterHeight() / 2,
        label: String(data.label ?? n.id()),
        detail: (latest.current.describeNode ?? defaultDescription)(data),
      });
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      setTooltip(null);
      container.style.cursor = '';
    });
    cy.on('viewport', () => setTooltip(null));
    cy.on('dragfree', 'node', (e) => {
      const n = e.target as NodeSingular;
      positions.set(n.id(), { ...n.position() });
    });
    cy.on('layoutstop', () => {
      savePositions();
      setArranging(null);
      if (pendingFit.current) {
        fitToNodes(cy, pendingFit.current);
        pendingFit.current = null;
      }
    });
    latest.current.onReady?.(cy);
    setReady((n) => n + 1);
    return () => {
      runningLayout.current?.stop();
      runningLayout.current = null;
      setLayoutBusy(false);
      savePositions();
      cy.destroy();
      cyRef.current = null;
      lastLayoutKey.current = null;
      latest.current.onReady?.(null);
    };
    // `render` follows from `mode`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode]);

  // Keep Cytoscape's elements in step with the props, then place or lay out what is new.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const layoutKey = `${props.layout}:${props.layoutRun ?? 0}:${props.centre ?? ''}`;
    const last = synced.current;
    if (last && last.cy === cy && last.elements === props.elements && last.layoutKey === layoutKey)
      return;
    synced.current = { cy, elements: props.elements, layoutKey };
    const runLayout = (options: LayoutOptions, message?: string) => {
      runningLayout.current?.stop();
      if (message) setArranging(message);
      const layout = cy.layout(options);
      runningLayout.current = layout;
      setLayoutBusy(true);
      // A small graph fitted to a large frame would be drawn huge: cap the zoom while fitting.
      cy.maxZoom(MAX_FIT_ZOOM);
      layout.one('layoutstop', () => {
        if (runningLayout.current !== layout) return;
        runningLayout.current = null;
        cy.maxZoom(MAX_ZOOM);
        // A draft layout can squeeze a star-shaped graph into a blob: spread it out as a
        // sunflower, the busiest nodes (the hubs) in the middle.
        const box = cy.nodes().boundingBox({ includeLabels: false });
        if ((options as { name: string }).name === 'fcose' && isCrowded(box, cy.nodes().length)) {
          const order = cy
            .nodes()
            .map((n) => ({ id: n.id(), degree: n.degree(false) }))
            .sort((a, b) => b.degree - a.degree)
            .map((n) => n.id);
          const placed = sunflower(order, 45);
          cy.batch(() => {
            for (const [id, p] of placed) cy.getElementById(id).position(p);
          });
          for (const [id, p] of placed) positions.set(id, p);
          cy.fit(undefined, 30);
        }
        setLayoutBusy(false);
      });
      // A big layout blocks the page while it runs: let "Arranging…" paint first. The new
      // elements wait in a batch until then, so the graph is not drawn once before its layout
      // (at thousands of elements that wasted frame cost as much as the layout).
      if (props.elements.nodes.length > 300) {
        window.setTimeout(() => {
          if (cy.destroyed()) return;
          if (batched) cy.endBatch();
          if (runningLayout.current === layout) layout.run();
        }, 40);
      } else {
        layout.run();
      }
    };
    const { nodes, edges } = props.elements;
    const nodeIds = nodes.map((n) => String(n.data.id));
    const plan = planLayout({
      nodeIds,
      knownPositions: new Set(positions.keys()),
      layoutChanged: lastLayoutKey.current !== null && lastLayoutKey.current !== layoutKey,
    });
    const batched = plan === 'full' && nodeIds.length > 300;
    if (batched) cy.startBatch();
    const wanted = new Set<string>([...nodes, ...edges].map((e) => String(e.data.id)));
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id())) ele.remove();
      });
      const add: ElementDefinition[] = [];
      // Until the layout places them, new nodes sit on a spiral rather than all on one point,
      // where every edge between them would be impossible to draw (and warned about, one by one).
      let unplaced = 0;
      for (const def of [...nodes, ...edges]) {
        const existing = cy.getElementById(String(def.data.id));
        if (existing.nonempty()) {
          existing.data(def.data);
          existing.classes((def.classes as string | undefined) ?? '');
        } else {
          const isNode = def.group === 'nodes';
          const known = isNode ? positions.get(String(def.data.id)) : undefined;
          const start = isNode && !known ? spiralPoint(unplaced++) : undefined;
          add.push(known || start ? { ...def, position: { ...(known ?? start!) } } : def);
        }
      }
      cy.add(add);
    });
    const fresh = lastLayoutKey.current === null;
    if (nodeIds.length > 0) lastLayoutKey.current = layoutKey;
    if (plan === 'keep' && fresh && nodeIds.length > 0) cy.fit(undefined, 30);
    if (plan === 'full') {
      runLayout(
        layoutOptions(props.layout, {
          nodeCount: nodeIds.length,
          centre: props.centre,
          motionAllowed: motionAllowed(),
          aspect: cy.width() / Math.max(cy.height(), 1),
        }),
        nodeIds.length > 300
          ? `Arranging ${nodeIds.length.toLocaleString('en-GB')} nodes…`
          : undefined,
      );
    } else if (plan === 'incremental') {
      const newIds = nodeIds.filter((id) => !positions.has(id));
      const fixedIds = nodeIds.filter((id) => positions.has(id));
      const placed = placeNewNodes({
        newIds,
        edges: edges.map((e) => ({ source: String(e.data.source), target: String(e.data.target) })),
        positions: positions,
      });
      cy.batch(() => {
        for (const [id, p] of placed) cy.getElementById(id).position(p);
      });
      for (const [id, p] of placed) positions.set(id, p);
      // A force layout lets the new nodes settle among the old ones, which stay where they are.
      if (props.layout === 'fcose' && nodeIds.length <= LARGE_GRAPH_NODES) {
        runLayout(
          layoutOptions('fcose', {
            nodeCount: nodeIds.length,
            fixed: fixedIds.map((id) => ({ nodeId: id, position: positions.get(id)! })),
            motionAllowed: motionAllowed(),
            fit: false,
          }),
        );
      }
      cy.animate(
        { fit: { eles: cy.elements(), padding: 30 } },
        { duration: motionAllowed() ? 300 : 0 },
      );
    }
  }, [props.elements, props.layout, props.layoutRun, props.centre, ready, positions]);

  // State classes: selected, highlighted, faded.
  const highlightKey = (props.highlighted ?? []).join('|');
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const highlighted = new Set(props.highlighted ?? []);
    const spotlight = props.spotlight;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded selected');
      if (spotlight) {
        cy.nodes().forEach((n) => {
          if (!spotlight.nodes.has(n.id())) n.addClass('faded');
        });
        cy.edges().forEach((e) => {
          if (!spotlight.edges.has(e.id())) e.addClass('faded');
        });
      }
      if (highlighted.size > 0) {
        cy.nodes().forEach((n) => {
          if (highlighted.has(n.id())) n.removeClass('faded').addClass('highlighted');
        });
        cy.edges().forEach((e) => {
          if (highlighted.has(e.source().id()) && highlighted.has(e.target().id()))
            e.removeClass('faded').addClass('highlighted');
        });
      }
      if (props.selected)
        cy.getElementById(props.selected).removeClass('faded').addClass('selected');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.selected, highlightKey, props.spotlight, props.elements, ready]);

  // Move the view to the nodes asked for (after the layout, if one is running).
  const fitKey = props.fitTo?.join('|') ?? '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !fitKey) return;
    const ids = fitKey.split('|');
    if (runningLayout.current) pendingFit.current = ids;
    else fitToNodes(cy, ids);
  }, [fitKey, props.elements, ready]);

  const highlightedPresent = useMemo(() => {
    const ids = new Set(props.elements.nodes.map((n) => String(n.data.id)));
    return (props.highlighted ?? []).filter((id) => ids.has(id)).length;
  }, [props.elements, props.highlighted]);

  const selectedData = useMemo(
    () =>
      props.elements.nodes.find((n) => n.data.id === props.selected)?.data as
        Record<string, unknown> | undefined,
    [props.elements, props.selected],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const directions: Record<string, Direction> = {
      ArrowLeft: 'left',
      ArrowRight: 'right',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    const direction = directions[event.key];
    if (direction) {
      event.preventDefault();
      const visible = new Map<string, Point>();
      cy.nodes().forEach((n) => {
        if (!n.hasClass('faded')) visible.set(n.id(), { ...n.position() });
      });
      const next =
        props.selected && visible.has(props.selected)
          ? nearestInDirection(visible, props.selected, direction)
          : firstInReadingOrder(visible);
      if (next) {
        props.onSelect?.(next);
        const node = cy.getElementById(next);
        const box = cy.extent();
        const p = node.position();
        if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2)
          cy.animate({ center: { eles: node } }, { duration: 200 });
      }
      return;
    }
    if (event.key === 'Enter' && props.selected) {
      event.preventDefault();
      props.onActivate?.(props.selected);
    } else if (event.key === 'Escape') {
      props.onSelect?.(null);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      cy.zoom({
        level: cy.zoom() * 1.25,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    } else if (event.key === '-') {
      event.preventDefault();
      cy.zoom({
        level: cy.zoom() / 1.25,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    } else if (event.key === '0') {
      event.preventDefault();
      cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 });
    }
  }

  const describe = props.describeNode ?? defaultDescription;
  return (
    <div
      className={`graph-frame ${props.className ?? ''}`}
      data-testid="graph"
      data-node-count={nodeCount}
      data-edge-count={edgeCount}
      data-highlighted-count={highlightedPresent}
      data-selected={props.selected ?? ''}
      data-renderer={render.webgl ? 'webgl' : 'canvas'}
      data-layout={layoutBusy ? 'running' : 'idle'}
    >
      <div
        ref={containerRef}
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={`${props.label}. Arrow keys move between nodes, Enter expands, Escape clears, plus and minus zoom, 0 fits.`}
        onKeyDown={onKeyDown}
      />
      {tooltip ? (
        <div className="graph-tooltip" role="tooltip" style={{ left: tooltip.x, top: tooltip.y }}>
          <strong>{tooltip.label}</strong>
          <span>{tooltip.detail}</span>
        </div>
      ) : null}
      {arranging ? (
        <p className="graph-busy" role="status">
          {arranging}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {selectedData ? `Selected ${String(selectedData.label)}: ${describe(selectedData)}` : ''}
      </p>
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          title="Zoom in"
          aria-label="Zoom in"
          onClick={() => zoomBy(cyRef.current, 1.25)}
        >
          +
        </button>
        <button
          type="button"
          title="Zoom out"
          aria-label="Zoom out"
          onClick={() => zoomBy(cyRef.current, 0.8)}
        >
          −
        </button>
        <button
          type="button"
          title="Fit the whole graph"
          aria-label="Fit the whole graph"
          onClick={() =>
            cyRef.current?.animate(
              { fit: { eles: cyRef.current.elements(), padding: 30 } },
              { duration: 200 },
            )
          }
        >
          ⤢
        </button>
      </div>
    </div>
  );
}

function zoomBy(cy: Core | null, factor: number) {
  if (!cy) return;
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

function fitToNodes(cy: Core, ids: readonly string[]) {
  const wanted = new Set(ids);
  const eles = cy.nodes().filter((n) => wanted.has(n.id()));
  if (eles.empty()) return;
  const duration = motionAllowed() ? 400 : 0;
  if (eles.length === 1) {
    cy.animate({ center: { eles }, zoom: Math.max(cy.zoom(), 1.1) }, { duration });
  } else {
    cy.animate(
      { fit: { eles, padding: 70 } },
      {
        duration,
        complete: () => {
          if (cy.zoom() > MAX_FIT_ZOOM)
            cy.animate({ zoom: MAX_FIT_ZOOM, center: { eles } }, { duration: duration / 2 });
        },
      },
    );
  }
}
