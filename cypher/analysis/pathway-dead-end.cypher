// Rule pathway-dead-end: pathways whose last step leads nowhere: no other pathway goes on from
// it to a further step, and it is not a move-on (a service whose name or description speaks of
// move-on, settled or independent housing, or a tenancy).
// Why a planner cares: a route that stops at assessment, prevention casework or temporary
// accommodation leaves people waiting there; the next step is where provision is missing.
// Parameters: $moveOnPattern (string, a Java regular expression, default
// '(?is).*(move[- ]on|settled|independent living|own tenancy|permanent home).*'),
// $clientGroup (only pathways for it), $authority (only that council's pathways and any shared
// one: a pathway's key carries its council). Pathways belong to no plan, so $objective does not apply.
// On the seed all seven pathways end without a move-on; that is real: the seed's comments say
// no document names where people go next (rough sleepers stop at step-down accommodation,
// homeless households at temporary accommodation, the rest at prevention casework).
// A key's council ('pathway:<council-slug>/…', MODEL.md), as councilOfKey in council-pairs.ts reads it.
WITH CASE WHEN $authority IS NULL THEN null ELSE substring($authority, size('org:')) + '/' END AS own
MATCH (p:Pathway)-[last:STEP]->(x)
WHERE (own IS NULL OR NOT split(p.key, ':')[1] CONTAINS '/' OR split(p.key, ':')[1] STARTS WITH own)
  AND ($clientGroup IS NULL OR EXISTS { (p)-[:FOR]->(:ClientGroup {key: $clientGroup}) })
  AND NOT EXISTS { (p)-[later:STEP]->() WHERE later.order > last.order }
  AND NOT EXISTS {
    (other:Pathway)-[here:STEP]->(x), (other)-[next:STEP]->()
    WHERE other <> p AND next.order > here.order
  }
  AND NOT (coalesce(x.name, '') + ' ' + coalesce(x.description, '')) =~ $moveOnPattern
WITH p, last, x,
  [s IN apoc.coll.sortMaps([(p)-[st:STEP]->(n) | {order: st.order, name: n.name}], '^order') | s.name] AS steps
RETURN p.name AS name, x.name AS lastStep, steps,
  apoc.coll.sort([(p)-[:FOR]->(g:ClientGroup) | g.name]) AS groups,
  [{key: p.key, label: 'Pathway', name: p.name},
   {key: x.key, label: [l IN labels(x) WHERE l <> 'Party'][0], name: x.name}] AS nodes,
  [{kind: 'node', description: 'Pathway "' + p.name + '": ' + coalesce(p.description, ''),
    source: head([(p)-[f:FROM]->(src:Source) | src.key]), locator: head([(p)-[f:FROM]->(:Source) | f.locator])},
   {kind: 'relationship', description: 'Last step ' + toInteger(last.order) + ': ' + x.name,
    source: last.source, locator: last.locator}] AS evidence
ORDER BY name
