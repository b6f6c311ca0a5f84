// Rule duplicate-measure: the titles of the tasks reported ($keys) and their measures' keys,
// sources and locators, in the order duplicate-measure.cypher gives their texts: read for the
// reported pairs only rather than sent with every measure of the graph.
UNWIND $keys AS key
MATCH (t:Task {key: key})
RETURN key, t.title AS title,
  COLLECT {
    MATCH (t)-[r:MEASURED_BY]->(m:Measure)
    RETURN {key: m.key, source: r.source, locator: r.locator} ORDER BY m.order, m.key
  } AS measures
