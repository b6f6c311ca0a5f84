// What one plan's names can be resolved against, and what the graph already holds for that plan:
// its own council's parties (index on Party.authority), the shared parties that belong to no
// council, every client group and funding stream, the services that are national or the
// council's own, and the plan's tasks (for the diff). Another council's posts, teams, boards
// and services are never read: a plan must not take them for its own.
// Parameters: $authority (council key), $servicePrefix ('service:<council slug>/'), $plan (plan key),
// $sharedKeys (null for every shared party; a list for only those, see shared-parties.ts).
CALL () {
  MATCH (p:Party {authority: $authority})
  RETURN collect({
    key: p.key, name: p.name, aliases: coalesce(p.aliases, []), authority: p.authority, kind: p.kind,
    label: CASE WHEN p:Role THEN 'Role' WHEN p:Board THEN 'Board' ELSE 'Organisation' END
  }) AS own
}
CALL () {
  // All of them, or ($sharedKeys) only those an earlier plan in the same transaction wrote.
  CALL () {
    WITH 1 AS everyone WHERE $sharedKeys IS NULL
    MATCH (p:Party) WHERE p.authority IS NULL
    RETURN p
    UNION ALL
    UNWIND coalesce($sharedKeys, []) AS key
    MATCH (p:Party {key: key}) WHERE p.authority IS NULL
    RETURN p
  }
  RETURN collect({
    key: p.key, name: p.name, aliases: coalesce(p.aliases, []), authority: null, kind: p.kind,
    label: CASE WHEN p:Role THEN 'Role' WHEN p:Board THEN 'Board' ELSE 'Organisation' END
  }) AS shared
}
CALL () {
  MATCH (c:ClientGroup)
  RETURN collect({key: c.key, name: c.name, aliases: coalesce(c.aliases, []), authority: null}) AS clientGroups
}
CALL () {
  MATCH (s:Service) WHERE s.key STARTS WITH $servicePrefix OR NOT s.key CONTAINS '/'
  RETURN collect({key: s.key, name: s.name, aliases: coalesce(s.aliases, []), authority: null}) AS services
}
CALL () {
  MATCH (f:FundingStream)
  RETURN collect({key: f.key, name: f.name, aliases: coalesce(f.aliases, []), authority: null}) AS funding
}
CALL () {
  MATCH (t:Task)-[:IN_PLAN]->(:Plan {key: $plan})
  RETURN collect({
    key: t.key, title: t.title, row: t.row, dueRaw: t.dueRaw,
    due: toString(t.due), dueEnd: toString(t.dueEnd), dueKind: t.dueKind, forAll: t.forAll,
    objectives: [(t)-[:UNDER]->(o:Objective) | o.key],
    clientGroups: [(t)-[:SERVES]->(c:ClientGroup) | c.key],
    measures: [(t)-[:MEASURED_BY]->(m:Measure) | {order: m.order, text: m.text}],
    R: [(p)-[:RESPONSIBLE_FOR]->(t) | p.key],
    A: [(p)-[:ACCOUNTABLE_FOR]->(t) | p.key],
    C: [(p)-[:CONSULTED_ON]->(t) | p.key],
    I: [(p)-[:INFORMED_OF]->(t) | p.key]
  }) AS tasks
}
RETURN own, shared, clientGroups, services + funding AS provision, tasks
