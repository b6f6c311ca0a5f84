// The one read of an import (each statement costs Neo4j a few ms whatever it does): the councils
// a plan may belong to, what an earlier import of the same file made, and what the plan's names
// can be resolved against with the plan's tasks (for the diff).
// Councils: when $wanted is a council's key, that council alone (it is the one chosen); otherwise
// every council, unless $councils is false (a second read, the council already chosen).
// Context, for council $authority and plan $plan, read only when $authority is given and either
// it is a second read or $authority is the council named by key: the importer checks that the
// council and plan it then chooses are these, and reads again otherwise.
// What the context holds: the council's own parties (index on Party.authority), the shared
// parties that belong to no council, every client group and funding stream, the services that are
// national or the council's own, and the plan's tasks. Another council's posts, teams, boards and
// services are never read: a plan must not take them for its own.
// A part not wanted is skipped by UNWINDing an empty list before it: a WHERE on a parameter or a
// variable would be applied only after the part's scan (of every council, every party).
// Parameters: $source (Source key of the file), $wanted (the council asked for, or null),
// $councils, $authority, $servicePrefix ('service:<council slug>/'), $plan, $sharedKeys (null for
// every shared party; a list for only those, see shared-parties.ts).
OPTIONAL MATCH (keyed:Organisation {key: $wanted, kind: 'council'})
CALL (keyed) {
  UNWIND CASE WHEN keyed IS NULL AND $councils THEN [1] ELSE [] END AS go
  MATCH (o:Organisation {kind: 'council'})
  RETURN collect({key: o.key, name: o.name, aliases: coalesce(o.aliases, []), authority: null}) AS everyCouncil
}
CALL () {
  OPTIONAL MATCH (p:Plan)-[:FROM]->(:Source {key: $source})
  RETURN p {.key, .title, .authority, .startYear} AS previous
  LIMIT 1
}
WITH
  CASE WHEN keyed IS NULL THEN everyCouncil
  ELSE [{key: keyed.key, name: keyed.name, aliases: coalesce(keyed.aliases, []), authority: null}]
  END AS councils,
  previous,
  $authority IS NOT NULL AND (NOT $councils OR keyed.key = $authority) AS withContext
CALL (withContext) {
  UNWIND CASE WHEN withContext THEN [1] ELSE [] END AS go
  MATCH (p:Party {authority: $authority})
  RETURN collect({
    key: p.key, name: p.name, aliases: coalesce(p.aliases, []), authority: p.authority, kind: p.kind,
    label: CASE WHEN p:Role THEN 'Role' WHEN p:Board THEN 'Board' ELSE 'Organisation' END
  }) AS own
}
CALL (withContext) {
  // All of them, or ($sharedKeys) only those an earlier plan in the same transaction wrote.
  CALL (withContext) {
    UNWIND CASE WHEN withContext AND $sharedKeys IS NULL THEN [1] ELSE [] END AS go
    MATCH (p:Party) WHERE p.authority IS NULL
    RETURN p
    UNION ALL
    UNWIND CASE WHEN withContext THEN coalesce($sharedKeys, []) ELSE [] END AS key
    MATCH (p:Party {key: key}) WHERE p.authority IS NULL
    RETURN p
  }
  RETURN collect({
    key: p.key, name: p.name, aliases: coalesce(p.aliases, []), authority: null, kind: p.kind,
    label: CASE WHEN p:Role THEN 'Role' WHEN p:Board THEN 'Board' ELSE 'Organisation' END
  }) AS shared
}
CALL (withContext) {
  UNWIND CASE WHEN withContext THEN [1] ELSE [] END AS go
  MATCH (c:ClientGroup)
  RETURN collect({key: c.key, name: c.name, aliases: coalesce(c.aliases, []), authority: null}) AS clientGroups
}
CALL (withContext) {
  UNWIND CASE WHEN withContext THEN [1] ELSE [] END AS go
  MATCH (s:Service) WHERE s.key STARTS WITH $servicePrefix OR NOT s.key CONTAINS '/'
  RETURN collect({key: s.key, name: s.name, aliases: coalesce(s.aliases, []), authority: null}) AS services
}
CALL (withContext) {
  UNWIND CASE WHEN withContext THEN [1] ELSE [] END AS go
  MATCH (f:FundingStream)
  RETURN collect({key: f.key, name: f.name, aliases: coalesce(f.aliases, []), authority: null}) AS funding
}
CALL (withContext) {
  UNWIND CASE WHEN withContext THEN [1] ELSE [] END AS go
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
RETURN councils, previous, withContext, own, shared, clientGroups, services + funding AS provision, tasks
