// Registers the Cytoscape extensions once: fcose (force), dagre (hierarchy) and svg (export).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import svg from 'cytoscape-svg';

let registered = false;

export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  cytoscape.use(svg);
  registered = true;
}
