// The evidence pack's frame: the scope's name, the plans and their councils, and every source
// document (so evidence can name the document, not just its key).
// Parameters: $plan, $authority, $objective, $clientGroup.
RETURN
  CASE WHEN $clientGroup IS NULL THEN null ELSE COLLECT {
    MATCH (g:ClientGroup {key: $clientGroup}) RETURN {name: g.name, description: g.description}
  }[0] END AS clientGroup,
  CASE WHEN $objective IS NULL THEN null ELSE COLLECT {
    MATCH (o:Objective {key: $objective}) RETURN {name: o.title}
  }[0] END AS objective,
  COLLECT {
    MATCH (p:Plan)
    WHERE ($plan IS NULL OR p.key = $plan)
      AND ($authority IS NULL OR EXISTS { (p)-[:BY]->(:Organisation {key: $authority}) })
      AND ($objective IS NULL OR EXISTS { (:Objective {key: $objective})-[:IN_PLAN]->(p) })
    RETURN {key: p.key, title: p.title, authority: head([(p)-[:BY]->(c) | c.name])}
  } AS plans,
  COLLECT {
    MATCH (s:Source)
    RETURN {key: s.key, title: s.title, document: s.document}
    ORDER BY s.key
  } AS sources
