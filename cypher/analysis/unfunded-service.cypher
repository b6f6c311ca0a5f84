// Rule unfunded-service: services people rely on with no funding stream recorded: a service
// that serves a client group, is a step of a pathway, or that a task of the plan names, and that
// is not statutory (a statutory duty is funded by the council whatever happens).
// Why a planner cares: provision with no known funding is a sustainability risk, and a bid has
// to say how a service is paid for today before it asks for more.
// Parameters: $clientGroup (only services serving it, or named by its tasks), $objective (only
// services its tasks name), $authority (its own services and the shared ones, as keys carry
// their council (MODEL.md), and any other its tasks name; only its rows are given as evidence;
// council-network.ts then leaves out the shared ones tied only to other councils).
// On the seed this fires on most services (19 of 30): the documents say who a service is for but tie
// only Homes for Ukraine to a funding stream (RSI and RSAP fund nothing named; see
// untraced-funding-stream). That is the real state of what is written down, and the gap a bid
// writer has to fill.
// A key's council ('service:<council-slug>/…'), as councilOfKey in council-pairs.ts reads it.
WITH CASE WHEN $authority IS NULL THEN null ELSE substring($authority, size('org:')) + '/' END AS own
MATCH (s:Service)
WHERE NOT EXISTS { (s)-[:FUNDED_BY]->(:FundingStream) }
  AND coalesce(s.statutory, false) = false
  AND (EXISTS { (s)-[:SERVES]->(:ClientGroup) } OR EXISTS { (:Pathway)-[:STEP]->(s) }
       OR EXISTS { (:Task)-[:MENTIONS]->(s) } OR EXISTS { (:Task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(s) })
WITH s, own, [(t:Task)-[:MENTIONS]->(s) | t] + [(t:Task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(s) | t] AS namedBy
// With a council, its own rows are the evidence: a shared service is named by most councils' plans.
WITH s, own, namedBy, apoc.coll.toSet([t IN namedBy WHERE $authority IS NULL
  OR EXISTS { (t)-[:IN_PLAN]->(:Plan)-[:BY]->(:Organisation {key: $authority}) }]) AS rows
WHERE ($clientGroup IS NULL OR EXISTS { (s)-[:SERVES]->(:ClientGroup {key: $clientGroup}) }
       OR any(t IN namedBy WHERE EXISTS { (t)-[:SERVES]->(:ClientGroup {key: $clientGroup}) }))
  AND ($objective IS NULL OR any(t IN namedBy WHERE EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) }))
  AND (own IS NULL OR NOT split(s.key, ':')[1] CONTAINS '/' OR split(s.key, ':')[1] STARTS WITH own
       OR size(rows) > 0)
RETURN s.name AS name,
  apoc.coll.sort([(s)-[:SERVES]->(g:ClientGroup) | g.name]) AS groups,
  apoc.coll.sort([(p)-[:PROVIDES]->(s) | p.name]) AS providers,
  [{key: s.key, label: 'Service', name: s.name}] AS nodes,
  [{kind: 'node', description: 'Service "' + s.name + '": ' + coalesce(s.description, 'no description') + ' No funding stream is recorded.',
    source: head([(s)-[f:FROM]->(src:Source) | src.key]), locator: head([(s)-[f:FROM]->(:Source) | f.locator])}] +
  [(s)-[r:SERVES]->(g:ClientGroup) | {kind: 'relationship', description: s.name + ' SERVES ' + g.name, source: r.source, locator: r.locator}] +
  [t IN rows | {kind: 'row', description: 'Named by row ' + toInteger(t.row) + ': "' + t.title + '"',
    source: head([(t)-[:FROM]->(src:Source) | src.key]), locator: 'row ' + toInteger(t.row)}] AS evidence
ORDER BY size(groups) = 0, name
