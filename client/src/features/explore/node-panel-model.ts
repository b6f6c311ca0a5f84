// What the side panel says about the selected node: its facts, what it is linked to in the
// graph on screen (grouped by relationship, with the plan row each link came from), and the
// source documents and rows behind the node itself.
import { nodeTypeStyle } from '../../graph/node-types';
import { statusName } from '../../shared/task-status';
import { inverseRelationshipInWords, relationshipInWords } from '../../graph/edge-types';
import type { EdgeElementData, NodeElementData } from '../../graph/graph-to-elements';
import type { NodeDetailsData, SourceEdge } from './node-details.query';

export interface PanelLink {
  key: string;
  name: string;
  /** "plan row 12" when the link came from a plan row. */
  source?: string;
}

export interface PanelGroup {
  /** "is Responsible for", "Responsible" ... */
  title: string;
  links: PanelLink[];
}

export interface NodePanelModel {
  title: string;
  typeLabel: string;
  facts: { label: string; value: string }[];
  /** Lists from the details query (measures, boards, funding ...). */
  lists: PanelGroup[];
  /** Links in the graph on screen, by relationship and direction. */
  connections: PanelGroup[];
  sources: { document: string; title: string | null; locator: string | null }[];
}

const refs = (items: { key: string; name: string }[] | undefined): PanelLink[] =>
  (items ?? []).map((i) => ({ key: i.key, name: i.name }));

function sourcesOf(edges: SourceEdge[] | undefined): NodePanelModel['sources'] {
  return (edges ?? []).map((e) => ({
    document: e.node.document,
    title: e.node.title,
    locator: e.properties?.locator ?? null,
  }));
}

/** Builds the panel for `node`, using the edges on screen and (once loaded) its details. */
export function buildNodePanel(options: {
  node: NodeElementData;
  edges: readonly EdgeElementData[];
  labels: ReadonlyMap<string, string>;
  details?: NodeDetailsData | undefined;
}): NodePanelModel {
  const { node, edges, labels, details } = options;
  const facts: NodePanelModel['facts'] = [];
  const lists: PanelGroup[] = [];
  let sources: NodePanelModel['sources'] = [];
  if (node.kind) facts.push({ label: 'Kind', value: node.kind });
  if (node.status) facts.push({ label: 'Status', value: statusName(node.status) });
  if (node.due) facts.push({ label: 'Due', value: node.due.slice(0, 7) });
  if (node.authority)
    facts.push({ label: 'Authority', value: labels.get(node.authority) ?? node.authority });

  const party = details?.organisations?.[0] ?? details?.boards?.[0] ?? details?.roles?.[0];
  if (party) {
    if (party.aliases?.length)
      facts.push({ label: 'Also called', value: party.aliases.join(', ') });
    if (party.description) facts.push({ label: 'About', value: party.description });
    if (party.memberOfBoards?.length)
      lists.push({ title: 'Sits on', links: refs(party.memberOfBoards) });
    if (party.provides?.length) lists.push({ title: 'Provides', links: refs(party.provides) });
    if (party.reportsTo?.length) lists.push({ title: 'Reports to', links: refs(party.reportsTo) });
    if (party.members?.length) lists.push({ title: 'Members', links: refs(party.members) });
    if (party.worksInOrganisation?.length)
      lists.push({ title: 'Works in', links: refs(party.worksInOrganisation) });
    sources = sourcesOf(party.sourcesConnection.edges);
  }
  const task = details?.tasks?.[0];
  if (task) {
    facts.length = 0;
    if (task.objective[0]) facts.push({ label: 'Objective', value: task.objective[0].title });
    facts.push({ label: 'Status', value: statusName(task.status) });
    facts.push({ label: 'Due', value: task.dueRaw || 'no date given' });
    if (task.row !== null) facts.push({ label: 'Plan row', value: String(task.row) });
    if (task.forAll) facts.push({ label: 'For', value: 'all client groups' });
    if (task.notes) facts.push({ label: 'Notes', value: task.notes });
    const letters: [string, { key: string; name: string }[]][] = [
      ['Responsible', task.responsible],
      ['Accountable', task.accountable],
      ['Consulted', task.consulted],
      ['Informed', task.informed],
    ];
    for (const [title, parties] of letters) {
      lists.push({ title, links: parties.length ? refs(parties) : [{ key: '', name: 'nobody' }] });
    }
    if (task.clientGroups.length)
      lists.push({ title: 'Client groups', links: refs(task.clientGroups) });
    if (task.measures.length)
      lists.push({
        title: 'Measures of success',
        links: task.measures.map((m) => ({ key: m.key, name: m.text })),
      });
    sources = sourcesOf(task.sourcesConnection.edges);
  }
  const group = details?.clientGroups?.[0];
  if (group) {
    if (group.aliases?.length)
      facts.push({ label: 'Also called', value: group.aliases.join(', ') });
    if (group.description) facts.push({ label: 'About', value: group.description });
    sources = sourcesOf(group.sourcesConnection.edges);
  }
  const service = details?.services?.[0];
  if (service) {
    if (service.aliases?.length)
      facts.push({ label: 'Also called', value: service.aliases.join(', ') });
    if (service.description) facts.push({ label: 'About', value: service.description });
    if (service.statutory !== null)
      facts.push({ label: 'Statutory', value: service.statutory ? 'yes' : 'no' });
    if (service.providedByOrganisations.length)
      lists.push({ title: 'Provided by', links: refs(service.providedByOrganisations) });
    lists.push({
      title: 'Funded by',
      links: service.fundedBy.length
        ? refs(service.fundedBy)
        : [{ key: '', name: 'no funding stream recorded' }],
    });
    if (service.serves.length) lists.push({ title: 'Serves', links: refs(service.serves) });
    sources = sourcesOf(service.sourcesConnection.edges);
  }

  const groups = new Map<string, PanelGroup>();
  for (const e of edges) {
    const outgoing = e.source === node.id;
    if (!outgoing && e.target !== node.id) continue;
    const other = outgoing ? e.target : e.source;
    const title = outgoing ? relationshipInWords(e.type) : inverseRelationshipInWords(e.type);
    const group = groups.get(title) ?? { title, links: [] };
    const document = e.sourceDocument?.replace(/^source:/, '');
    const source =
      e.row !== undefined ? `plan row ${e.row}${document ? `, ${document}` : ''}` : document;
    group.links.push({
      key: other,
      name: labels.get(other) ?? other,
      ...(source ? { source } : {}),
    });
    groups.set(title, group);
  }
  for (const g of groups.values()) g.links.sort((a, b) => a.name.localeCompare(b.name));

  return {
    title: node.label,
    typeLabel: nodeTypeStyle(node.type).label,
    facts,
    lists,
    connections: [...groups.values()],
    sources,
  };
}
