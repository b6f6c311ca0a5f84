// Rule single-point-of-failure: parties whose removal cuts tasks or pathways off from their
// boards. This file returns the working network as adjacency lists: one row per node with its
// key, label and the keys it links to (which relationship does not matter to the search; names,
// relationships, sources and locators are read afterwards for the few parties reported, by
// single-point-of-failure/details.cypher: sending them with each of ~75,000 edges at 300 councils
// was most of the rule's time); server/src/analysis/rules/single-point-of-failure.ts
// splits it into each council's network and find-cut-parties.ts finds, in one depth-first search,
// every cut vertex of each and what it separates from what.
// Why in the server and not Cypher or Neo4j Graph Data Science: GDS is not part of Neo4j
// Community with APOC core, which the product runs on (and cannot be loaded on Aura Free), and
// Cypher has no articulation points; the search is linear in the network's size (milliseconds
// for tens of thousands of edges).
// The network: tasks in scope with their parties (every RACI letter), pathways with their steps,
// the parties' memberships, reporting lines, posts and teams (MEMBER_OF, REPORTS_TO, WORKS_IN,
// PART_OF), and who provides which service (PROVIDES).
// Each council's work is looked at in its own network: its own nodes (keys carry the council:
// MODEL.md) and the shared ones (county and national bodies), never another council's. Shared
// national bodies touch every plan, so in one national network a party was reported as cutting
// "760 tasks" of thirty councils off one council's partnership.
// A party is reported when removing it separates some task or pathway from a board it could
// reach before: it is the only link between that work and that board (high when work is left
// with no board at all).
// Why a planner cares: a party that is the only bridge between a piece of work and a board is a
// single point of failure: if it goes, that board loses sight of the work.
// Parameters: $authority, $objective, $clientGroup (which tasks are in the network; pathways
// belong to no objective, so with $objective they are left out; they belong to no plan either,
// so with $authority the server searches that council's network only).
// On the seed: every task holds a letter from at least one board itself, so no party can cut a
// task off from every board. What the network does show: the Community Safety Detached Team
// is the plan's only link to the Safer Worcester Partnership and, through it, to the South
// Worcestershire Community Safety Partnership (the team sits in the council's Community
// Activity service area and is the partnership's only recorded member); the Safer Worcester
// Partnership in turn is the only link to the South Worcestershire partnership.
CALL () {
  MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
  WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
    AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
    AND ($clientGroup IS NULL
      OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
      OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
  RETURN t.key AS key, 'Task' AS label, false AS party,
    COLLECT { MATCH (p:Party)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(t) RETURN p.key } AS links
  UNION ALL
  MATCH (p:Pathway)
  WHERE $objective IS NULL
    AND ($clientGroup IS NULL OR EXISTS { (p)-[:FOR]->(:ClientGroup {key: $clientGroup}) })
  RETURN p.key AS key, 'Pathway' AS label, false AS party,
    COLLECT { MATCH (p)-[:STEP]->(x) RETURN x.key } AS links
  UNION ALL
  // Every party, service and service area: the nodes the structural relationships start and end
  // at (MODEL.md), with where those lead.
  MATCH (n:Party|Service|ServiceArea)
  RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Party'][0] AS label, n:Party AS party,
    COLLECT { MATCH (n)-[:MEMBER_OF|REPORTS_TO|WORKS_IN|PART_OF|PROVIDES]->(b) RETURN b.key } AS links
}
RETURN key, label, party, links
