// The texts linkMentions reads: task titles, measure texts and service descriptions, each with
// the source and locator of where it was written (a task's row, a measure's row, the heading a
// service was described under).
CALL () {
  MATCH (t:Task)
  OPTIONAL MATCH (t)-[f:FROM]->(s:Source)
  WITH t, f, s ORDER BY s.key, f.locator
  WITH t, collect({source: s.key, locator: f.locator})[0] AS from
  RETURN t.key AS key, 'Task' AS label, t.title AS text, from.source AS source,
    CASE WHEN t.row IS NULL THEN from.locator ELSE 'row ' + t.row END AS locator
  UNION ALL
  MATCH (m:Measure)
  OPTIONAL MATCH (m)-[f:FROM]->(s:Source)
  OPTIONAL MATCH (owner:Task)-[:MEASURED_BY]->(m)
  WITH m, owner, f, s ORDER BY s.key, f.locator
  WITH m, owner, collect({source: s.key, locator: f.locator})[0] AS from
  RETURN m.key AS key, 'Measure' AS label, m.text AS text, from.source AS source,
    CASE WHEN owner.row IS NULL THEN from.locator ELSE 'row ' + toInteger(owner.row) END AS locator
  UNION ALL
  MATCH (v:Service) WHERE v.description IS NOT NULL
  OPTIONAL MATCH (v)-[f:FROM]->(s:Source)
  WITH v, f, s ORDER BY s.key, f.locator
  WITH v, collect({source: s.key, locator: f.locator})[0] AS from
  RETURN v.key AS key, 'Service' AS label, v.description AS text, from.source AS source, from.locator AS locator
}
RETURN key, label, text, source, locator
ORDER BY key
