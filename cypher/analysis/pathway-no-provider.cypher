// Rule pathway-no-provider: pathways none of whose steps anyone is recorded as providing: no
// step is a service with a provider (PROVIDES), and no step is a party that holds a letter on a
// task or belongs to a council, team or board.
// Why a planner cares: a route nobody provides is an idea, not provision; nobody can be asked
// to run it or held to account for it, and no board sees it.
// Parameters: $clientGroup (only pathways for it), $authority (only that council's pathways and
// any shared one: a pathway's key carries its council). Pathways belong to no plan, so $objective does not apply.
// On the seed: the rough sleeper accommodation route (NSNO, then an assessment centre, then
// step-down accommodation): row 8 only explores these models, and no document says who
// provides any of them.
// A key's council ('pathway:<council-slug>/…', MODEL.md), as councilOfKey in council-pairs.ts reads it.
WITH CASE WHEN $authority IS NULL THEN null ELSE substring($authority, size('org:')) + '/' END AS own
MATCH (p:Pathway)
WHERE (own IS NULL OR NOT split(p.key, ':')[1] CONTAINS '/' OR split(p.key, ':')[1] STARTS WITH own)
  AND ($clientGroup IS NULL OR EXISTS { (p)-[:FOR]->(:ClientGroup {key: $clientGroup}) })
  AND EXISTS { (p)-[:STEP]->() }
  AND NOT EXISTS {
    (p)-[:STEP]->(x)
    WHERE EXISTS { (x)<-[:PROVIDES]-() }
       OR (x:Party AND EXISTS { (x)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF|MEMBER_OF|PART_OF|WORKS_IN]->() })
  }
WITH p, [s IN apoc.coll.sortMaps([(p)-[st:STEP]->(n) | {order: st.order, name: n.name, key: n.key,
    label: [l IN labels(n) WHERE l <> 'Party'][0], source: st.source, locator: st.locator}], '^order') | s] AS steps
RETURN p.name AS name, [s IN steps | s.name] AS steps,
  apoc.coll.sort([(p)-[:FOR]->(g:ClientGroup) | g.name]) AS groups,
  [{key: p.key, label: 'Pathway', name: p.name}] + [s IN steps | {key: s.key, label: s.label, name: s.name}] AS nodes,
  [{kind: 'node', description: 'Pathway "' + p.name + '": ' + coalesce(p.description, ''),
    source: head([(p)-[f:FROM]->(src:Source) | src.key]), locator: head([(p)-[f:FROM]->(:Source) | f.locator])}] +
  [s IN steps | {kind: 'relationship', description: 'Step ' + toInteger(s.order) + ': ' + s.name + ', provided by nobody on record',
    source: s.source, locator: s.locator}] AS evidence
ORDER BY name
