// A client group's pathways for a left-to-right drawing: the group, then each route and its
// steps in order, with the parties that provide each step stacked in the step's column.
// A step nothing follows is a dead end and is marked so.
import type { ElementDefinition } from 'cytoscape';
import { shortenLabel } from '../../graph/graph-to-elements';
import type { PathwayRoute } from './pathways.query';

/** The id of a step node: steps are per route, so two routes through one service stay apart. */
export const stepId = (routeKey: string, order: number) => `${routeKey}#${order}`;

export function pathwaysToElements(
  clientGroup: { key: string; name: string },
  routes: readonly PathwayRoute[],
): { nodes: ElementDefinition[]; edges: ElementDefinition[]; deadEnds: string[] } {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  const deadEnds: string[] = [];
  const node = (
    id: string,
    label: string,
    type: string,
    extra: Record<string, unknown> = {},
    classes = '',
  ) => {
    if (!nodes.has(id))
      nodes.set(id, {
        group: 'nodes',
        data: { id, label, shortLabel: shortenLabel(label, 60), type, ...extra },
        classes,
      });
  };
  node(clientGroup.key, clientGroup.name, 'ClientGroup', {}, 'centre');
  for (const route of routes) {
    node(route.key, route.name, 'Pathway');
    edges.push({
      group: 'edges',
      data: { id: `for:${route.key}`, source: clientGroup.key, target: route.key, type: 'FOR' },
    });
    const steps = [...route.steps].sort((a, b) => a.order - b.order);
    let previous = route.key;
    for (const step of steps) {
      const id = stepId(route.key, step.order);
      const label = `${step.order}. ${step.name}${step.deadEnd ? ' (dead end)' : ''}`;
      node(
        id,
        label,
        step.type,
        { ref: step.key, order: step.order, deadEnd: step.deadEnd },
        step.deadEnd ? 'dead-end' : '',
      );
      if (step.deadEnd) deadEnds.push(id);
      edges.push({
        group: 'edges',
        data: {
          id: `step:${previous}->${id}`,
          source: previous,
          target: id,
          type: 'STEP',
          label: previous === route.key ? 'starts' : 'then',
        },
      });
      previous = id;
      for (const p of step.providers) {
        const providerId = `${id}@${p.key}`;
        node(providerId, p.name, p.type, { ref: p.key }, 'provider');
        // minLen 0 keeps the provider in its step's column of the hierarchy.
        edges.push({
          group: 'edges',
          data: {
            id: `provides:${providerId}`,
            source: id,
            target: providerId,
            type: 'PROVIDED_BY',
            minLen: 0,
          },
        });
      }
    }
  }
  return { nodes: [...nodes.values()], edges, deadEnds };
}
