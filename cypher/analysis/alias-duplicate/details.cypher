// What alias-duplicate reads for the pairs it found ($pairs: {a, b} keys), rather than for every
// node of the graph: whether the two are linked (FUNDED_BY, MENTIONS, PROVIDES, PART_OF,
// MEMBER_OF, WORKS_IN either way: a scheme and its funding stream, a team and its manager are two
// on purpose, and the pair is dropped) and where each was written (source and locator).
UNWIND $pairs AS pair
MATCH (a:Party|Service|FundingStream|ClientGroup {key: pair.a})
MATCH (b:Party|Service|FundingStream|ClientGroup {key: pair.b})
RETURN pair.a AS a, pair.b AS b,
  EXISTS { (a)-[:FUNDED_BY|MENTIONS|PROVIDES|PART_OF|MEMBER_OF|WORKS_IN]-(b) } AS linked,
  [(a)-[f:FROM]->(s:Source) | {source: s.key, locator: f.locator}] AS aFrom,
  [(b)-[f:FROM]->(s:Source) | {source: s.key, locator: f.locator}] AS bFrom
