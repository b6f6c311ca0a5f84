// Every task ($council null), or the tasks of one council's plans, each once: what the RACI matrix
// and the plan timeline list (dates, status, objective, and who holds each RACI letter), in row
// order. Written by hand because the generated `plans { tasks { responsible … } }` reads each
// letter through the Party interface: three label-checked branches a letter, twelve a task, and a
// translation of that query on every request.
// A council's tasks start from the index on Plan.authority; the scan of every task runs only when
// no council is given (an empty UNWIND skips it: a WHERE on the parameter would still scan).
// A party's type is its label other than Party: Organisation, Board or Role. Each list (objective
// and the four letters) is read only when $lists says the request selected it (a CASE is
// evaluated lazily), and is empty otherwise.
// Parameters: $council (an Organisation key, or null for every task); $lists ({objective,
// responsible, accountable, consulted, informed}: booleans).
CALL () {
  UNWIND CASE WHEN $council IS NULL THEN [1] ELSE [] END AS _
  MATCH (t:Task)
  RETURN t
  UNION
  MATCH (:Plan {authority: $council})<-[:IN_PLAN]-(t:Task)
  RETURN t
}
RETURN t.key AS key, t.title AS title, toInteger(t.row) AS row, t.status AS status,
  toString(t.due) AS due, toString(t.dueEnd) AS dueEnd, t.dueKind AS dueKind, t.dueRaw AS dueRaw,
  CASE WHEN $lists.objective
    THEN [(t)-[:UNDER]->(o:Objective) | {key: o.key, title: o.title}] ELSE [] END AS objective,
  CASE WHEN $lists.responsible
    THEN [(p:Party)-[:RESPONSIBLE_FOR]->(t) | p {.key, .name, type: [l IN labels(p) WHERE l <> 'Party'][0]}]
    ELSE [] END AS responsible,
  CASE WHEN $lists.accountable
    THEN [(p:Party)-[:ACCOUNTABLE_FOR]->(t) | p {.key, .name, type: [l IN labels(p) WHERE l <> 'Party'][0]}]
    ELSE [] END AS accountable,
  CASE WHEN $lists.consulted
    THEN [(p:Party)-[:CONSULTED_ON]->(t) | p {.key, .name, type: [l IN labels(p) WHERE l <> 'Party'][0]}]
    ELSE [] END AS consulted,
  CASE WHEN $lists.informed
    THEN [(p:Party)-[:INFORMED_OF]->(t) | p {.key, .name, type: [l IN labels(p) WHERE l <> 'Party'][0]}]
    ELSE [] END AS informed
ORDER BY row, key
