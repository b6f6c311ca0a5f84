// Rule overlapping-provision: two services, or two funding streams, for the same client group
// and the same purpose. This file returns each service and funding stream with the client
// groups it is for (a service: SERVES; a funding stream: the groups of the services it funds and
// of the tasks that name it) and what links it to the others; server/src/analysis/rules/
// overlapping-provision.ts compares the pairs of the same kind that share a group by TF-IDF
// cosine of name and description, at or above $similarityThreshold. A council's own services
// (key `service:<council>/…`) are compared with that council's and with the shared ones (no
// council in the key, and every funding stream), never with another council's: two councils each
// running a night shelter is not duplication, and comparing every pair grew with the country.
// Not overlaps: two steps of one pathway (stages of one route, such as an assessment centre
// and step-down accommodation), and a pair the curated data links by MENTIONS (Homes for Ukraine
// is one of the resettlement schemes): one is part of the other. A mention recognised in a
// description ('a day centre') is not such a link.
// Why a planner cares: several schemes or pots of money for the same people and purpose need
// co-ordinating, or one of them is duplication; the plan's row 9 asks for exactly that.
// Parameters: $similarityThreshold (number, default 0.6, shared with the other text rules),
// $clientGroup (only that group).
// Tuning on the seed: RSI and RSAP, the two rough sleeping funding streams whose contracts row 5
// monitors (0.83), are reported. Of the services for one group, the closest pairs that are not
// stages of one route or part of one another score 0.39 (peer mentoring / specialist mental
// health provision for rough sleepers: different jobs) and lower, well under 0.6; the stages of
// the rough sleeper route score 0.52-0.97 and are left out by the pathway test, not the threshold.
CALL () {
  MATCH (s:Service)
  RETURN s.key AS key, 'Service' AS label, s.name AS name, coalesce(s.description, '') AS description,
    [(s)-[:SERVES]->(g:ClientGroup) | g.key] AS groups,
    [(s)-[r:SERVES]->(g:ClientGroup) | {group: g.key, source: r.source, locator: r.locator}] AS groupEvidence,
    [(s)-[m:MENTIONS]-(x) WHERE m.recognisedBy IS NULL | x.key] + [(p:Pathway)-[:STEP]->(s) | p.key] AS links
  UNION ALL
  MATCH (f:FundingStream)
  WITH f,
    [(s:Service)-[:FUNDED_BY]->(f) | s] AS funded,
    [(t:Task)-[:MENTIONS]->(f) | t] + [(t:Task)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(f) | t] AS namedBy
  RETURN f.key AS key, 'FundingStream' AS label, f.name AS name, coalesce(f.description, '') AS description,
    apoc.coll.toSet(apoc.coll.flatten([s IN funded | [(s)-[:SERVES]->(g:ClientGroup) | g.key]])
      + apoc.coll.flatten([t IN namedBy | [(t)-[:SERVES]->(g:ClientGroup) | g.key]])) AS groups,
    apoc.coll.flatten([t IN namedBy | [(t)-[r:SERVES]->(g:ClientGroup) | {group: g.key,
      description: 'named by row ' + toInteger(t.row) + ', a task for ' + g.name,
      source: r.source, locator: r.locator}]]) AS groupEvidence,
    [s IN funded | s.key] AS links
}
RETURN key, label, name, description, groups,
  COLLECT { MATCH (g:ClientGroup) WHERE g.key IN groups RETURN {key: g.key, name: g.name} } AS groupNames,
  groupEvidence, links
ORDER BY key
