// Rule objective-without-tasks: strategic objectives of a plan with no task under them.
// Why a planner cares: an objective nobody is working towards is a promise with no delivery
// behind it.
// Parameters: $authority (only that council's plans), $objective (only that objective).
// On the seed: fires on nothing: all six objectives have tasks (the importer also drops an
// objective whose every task was removed from the plan file, so an empty one appears only when
// a plan is built by hand or through the API).
MATCH (o:Objective)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR o.key = $objective)
  AND NOT EXISTS { (:Task)-[:UNDER]->(o) }
RETURN o.title AS title, plan.title AS plan,
  [{key: o.key, label: 'Objective', name: o.title}] AS nodes,
  [{kind: 'node', description: 'Objective "' + o.title + '" of ' + plan.title + ' has no task',
    source: head([(o)-[:FROM]->(s:Source) | s.key]), locator: head([(o)-[f:FROM]->(:Source) | f.locator])}] AS evidence
ORDER BY plan, toInteger(o.order)
