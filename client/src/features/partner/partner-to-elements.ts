// A party's own network for the Partner view: the party in the middle, the parties it shares
// tasks with (the more tasks, the heavier the line), and its boards, services and client groups.
import type { ElementDefinition } from 'cytoscape';
import { shortenLabel } from '../../graph/graph-to-elements';
import type { PartnerViewData } from './partner.query';

export interface PartnerElements {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
}

export function partnerToElements(view: PartnerViewData): PartnerElements {
  const centre = view.party.key;
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  const addNode = (
    key: string,
    name: string,
    type: string,
    ring: number,
    classes = '',
    weight = 0,
  ) => {
    if (nodes.has(key)) return;
    nodes.set(key, {
      group: 'nodes',
      data: { id: key, label: name, shortLabel: shortenLabel(name, 34), type, ring, weight },
      classes,
    });
  };
  addNode(centre, view.party.name, view.party.type, 3, 'centre');
  for (const n of view.neighbours) {
    addNode(n.key, n.name, n.type, 2, '', n.sharedTasks);
    edges.push({
      group: 'edges',
      data: {
        id: `shares:${centre}:${n.key}`,
        source: centre,
        target: n.key,
        type: 'SHARES_WORK',
        label: `${n.sharedTasks} shared`,
        weight: n.sharedTasks,
      },
    });
  }
  const linked: [PartnerViewData['boards'], string][] = [
    [view.boards, 'MEMBER_OF'],
    [view.services, 'PROVIDES'],
    [view.clientGroups, 'SERVES'],
  ];
  for (const [list, type] of linked) {
    for (const item of list) {
      addNode(item.key, item.name, item.type, 1);
      edges.push({
        group: 'edges',
        data: { id: `${type}:${centre}:${item.key}`, source: centre, target: item.key, type },
      });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** The party's tasks by RACI letter, each list in due order (undated last). */
export function tasksByLetter(
  view: PartnerViewData,
): Record<'R' | 'A' | 'C' | 'I', PartnerViewData['tasks']> {
  const byDue = (
    a: { due: string | null; title: string },
    b: { due: string | null; title: string },
  ) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.title.localeCompare(b.title);
  const pick = (l: 'R' | 'A' | 'C' | 'I') =>
    view.tasks.filter((t) => t.letters.includes(l)).sort(byDue);
  return { R: pick('R'), A: pick('A'), C: pick('C'), I: pick('I') };
}
