// The nodes and edges of one view of the graph, ready for Cytoscape, in one round trip.
// $f: focus + depth (a neighbourhood), or task filters (authority, clientGroup, objective,
// party, raci letters, status) that pick tasks and what they touch, or nothing (everything);
// then a type filter and a node limit. Provenance (Source) and users are never drawn.
WITH $f AS f
CALL (f) {
  WITH f WHERE f.focus IS NOT NULL
  MATCH (start {key: f.focus})
  CALL apoc.path.subgraphNodes(start, {maxLevel: f.depth, labelFilter: '-Source|-User|-AuditEvent'}) YIELD node
  RETURN node
  UNION
  WITH f WHERE f.focus IS NULL AND f.taskScoped
  MATCH (t:Task)
  WHERE (f.authority IS NULL OR EXISTS { (t)-[:IN_PLAN]->(:Plan {authority: f.authority}) })
    AND (f.clientGroup IS NULL OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: f.clientGroup}) })
    AND (f.objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: f.objective}) })
    AND (f.status IS NULL OR coalesce(t.status, 'not_started') IN f.status)
    AND (f.party IS NULL OR EXISTS {
      MATCH (:Party {key: f.party})-[r]->(t) WHERE type(r) IN f.raciTypes })
    AND (f.raci IS NULL OR EXISTS { MATCH (:Party)-[r]->(t) WHERE type(r) IN f.raciTypes })
  CALL (t, f) {
    RETURN t AS node
    UNION
    MATCH (t)-[r]-(n)
    WHERE NOT n:Source AND NOT n:Measure AND NOT n:Plan
      AND (NOT type(r) IN f.allRaciTypes OR type(r) IN f.raciTypes)
    RETURN n AS node
  }
  RETURN node
  UNION
  WITH f WHERE f.focus IS NULL AND f.clientGroup IS NOT NULL
  MATCH (c:ClientGroup {key: f.clientGroup})
  CALL (c) {
    RETURN c AS node
    UNION
    MATCH (c)<-[:SERVES|FOR]-(x:Service|Pathway) RETURN x AS node
    UNION
    MATCH (c)<-[:SERVES]-(:Service)<-[:PROVIDES]-(p) RETURN p AS node
    UNION
    MATCH (c)<-[:FOR]-(:Pathway)-[:STEP]->(s) RETURN s AS node
  }
  RETURN node
  UNION
  WITH f WHERE f.focus IS NULL AND NOT f.taskScoped AND f.clientGroup IS NULL
  MATCH (node)
  WHERE NOT node:Source AND NOT node:User AND NOT node:AuditEvent AND NOT node:Measure
  RETURN node
}
WITH DISTINCT node, f
WITH node, f, [l IN labels(node) WHERE l <> 'Party'][0] AS type
WHERE f.types IS NULL OR type IN f.types
WITH collect({node: node, type: type}) AS found, f
WITH found[..f.limit] AS kept, size(found) > f.limit AS truncated, f
WITH kept, truncated, f, apoc.map.fromPairs([k IN kept | [k.node.key, true]]) AS inView
CALL (kept, inView, f) {
  UNWIND kept AS k
  WITH k.node AS a, inView, f
  MATCH (a)-[r]->(b)
  WHERE inView[b.key] AND type(r) <> 'FROM' AND (NOT type(r) IN f.allRaciTypes OR type(r) IN f.raciTypes)
  RETURN collect({id: elementId(r), source: a.key, target: b.key, type: type(r), row: r.row, sourceDocument: r.source}) AS edges
}
RETURN [k IN kept | {
    id: k.node.key, type: k.type, label: coalesce(k.node.name, k.node.title, k.node.text, k.node.key),
    kind: k.node.kind, status: k.node.status, due: toString(k.node.due), authority: coalesce(k.node.authority, null)
  }] AS nodes,
  edges, truncated
