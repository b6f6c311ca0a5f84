// Where the texts of $keys (tasks, measures, services) were written, for the MENTIONS linkMentions
// is about to write: the source and locator of a task's row, a measure's task's row, or the
// heading a service was described under.
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Task {key: key})
  OPTIONAL MATCH (t)-[f:FROM]->(s:Source)
  WITH t, f, s ORDER BY s.key, f.locator
  WITH t, collect({source: s.key, locator: f.locator})[0] AS from
  RETURN from.source AS source,
    CASE WHEN t.row IS NULL THEN from.locator ELSE 'row ' + t.row END AS locator
  UNION ALL
  MATCH (m:Measure {key: key})
  OPTIONAL MATCH (m)-[f:FROM]->(s:Source)
  OPTIONAL MATCH (owner:Task)-[:MEASURED_BY]->(m)
  WITH m, owner, f, s ORDER BY s.key, f.locator
  WITH m, owner, collect({source: s.key, locator: f.locator})[0] AS from
  RETURN from.source AS source,
    CASE WHEN owner.row IS NULL THEN from.locator ELSE 'row ' + toInteger(owner.row) END AS locator
  UNION ALL
  MATCH (v:Service {key: key})
  OPTIONAL MATCH (v)-[f:FROM]->(s:Source)
  WITH v, f, s ORDER BY s.key, f.locator
  WITH v, collect({source: s.key, locator: f.locator})[0] AS from
  RETURN from.source AS source, from.locator AS locator
}
RETURN key, source, locator
