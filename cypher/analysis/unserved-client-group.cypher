// Rule unserved-client-group: client groups that a task title, a measure or a service
// description names (MENTIONS, recognised by linkMentions) but that no task and no service serves.
// Why a planner cares: need the documents acknowledge and nobody is tasked or funded to meet:
// the classic gap for a funding bid.
// Parameters: $authority, $objective and $clientGroup count only the mentions in the tasks and
// measures in scope (service descriptions count when no objective is given and, with a client
// group, when the service serves it), so a client-group scope also shows the unserved groups its
// own tasks name (female rough sleepers, for rough sleepers). A group counts as served by any
// task or service anywhere.
// On the seed: female rough sleepers (rows 7 and 26), care leavers, prison leavers and former
// military personnel (row 40), people with no recourse to public funds (row 42) and private
// renters (row 43's measures). A pathway drawn for a group (care leavers) is evidence, not service.
MATCH (g:ClientGroup)
WHERE NOT EXISTS { (:Task)-[:SERVES]->(g) }
  AND NOT EXISTS { (:Service)-[:SERVES]->(g) }
CALL (g) {
  MATCH (x)-[r:MENTIONS]->(g)
  WHERE x:Task OR x:Measure OR x:Service
  OPTIONAL MATCH (owner:Task)-[:MEASURED_BY]->(x)
  WITH x, r, CASE WHEN x:Task THEN x ELSE owner END AS task
  OPTIONAL MATCH (task)-[:IN_PLAN]->(plan:Plan)
  WITH x, r, task, plan
  WHERE (task IS NULL AND x:Service AND $objective IS NULL
       AND ($clientGroup IS NULL OR g.key = $clientGroup
            OR EXISTS { (x)-[:SERVES]->(:ClientGroup {key: $clientGroup}) }))
     OR (task IS NOT NULL
       AND ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
       AND ($objective IS NULL OR EXISTS { (task)-[:UNDER]->(:Objective {key: $objective}) })
       AND ($clientGroup IS NULL OR g.key = $clientGroup
         OR EXISTS { (task)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
         OR EXISTS { (task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) }))
  WITH x, r, task ORDER BY toInteger(task.row), x.key
  RETURN collect({
    label: [l IN labels(x) WHERE l <> 'Party'][0],
    text: coalesce(x.title, x.text, x.name),
    row: toInteger(task.row),
    matched: r.matched, source: r.source, locator: r.locator}) AS mentions
}
WITH g, mentions WHERE size(mentions) > 0
RETURN g.name AS name, mentions,
  [(p:Pathway)-[:FOR]->(g) | p.name] AS pathways,
  [{key: g.key, label: 'ClientGroup', name: g.name}] AS nodes,
  [m IN mentions | {kind: 'text',
    description: CASE m.label
      WHEN 'Task' THEN 'Task "' + m.text + '" names "' + m.matched + '"'
      WHEN 'Measure' THEN 'Measure "' + m.text + '" (task row ' + m.row + ') names "' + m.matched + '"'
      ELSE 'The description of the service ' + m.text + ' names "' + m.matched + '"' END,
    source: m.source, locator: m.locator}] +
  [(p:Pathway)-[f:FOR]->(g) | {kind: 'relationship',
    description: 'The pathway "' + p.name + '" is drawn for them, but a route is not a service',
    source: f.source, locator: f.locator}] AS evidence
ORDER BY g.name
