// Turns what a user typed for the scope into keys: a council by key, name or alias; a client
// group by key, name or alias; an objective by key, title, or the start of its title. Returns
// every candidate, so the caller can say when a name matches nothing or more than one.
RETURN
  CASE WHEN $authority IS NULL THEN null ELSE COLLECT {
    MATCH (c:Organisation {kind: 'council'})
    WHERE c.key = $authority OR toLower(c.name) = toLower($authority)
       OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($authority))
    RETURN {key: c.key, name: c.name}
  } END AS authorities,
  CASE WHEN $clientGroup IS NULL THEN null ELSE COLLECT {
    MATCH (g:ClientGroup)
    WHERE g.key = $clientGroup OR toLower(g.name) = toLower($clientGroup)
       OR any(a IN coalesce(g.aliases, []) WHERE toLower(a) = toLower($clientGroup))
    RETURN {key: g.key, name: g.name}
  } END AS clientGroups,
  CASE WHEN $objective IS NULL THEN null ELSE COLLECT {
    MATCH (o:Objective)
    WHERE o.key = $objective OR toLower(o.title) = toLower($objective)
       OR toLower(o.title) STARTS WITH toLower($objective)
    RETURN {key: o.key, name: o.title, exact: o.key = $objective OR toLower(o.title) = toLower($objective)}
  } END AS objectives
