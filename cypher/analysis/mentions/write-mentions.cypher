// Writes the mentions linkMentions recognised: (Task|Measure|Service)-[:MENTIONS]->(named node),
// with the source and locator of the text and the words as written (`matched`). A MENTIONS that
// already exists (a curated one from the seed) is left as it is. `recognisedBy: 'vocabulary'`
// marks the ones this wrote, so that a mention whose text has changed can be removed.
UNWIND $mentions AS m
MATCH (x:Task|Measure|Service {key: m.from})
MATCH (y:ClientGroup|Service|FundingStream|Party {key: m.to})
MERGE (x)-[r:MENTIONS]->(y)
  ON CREATE SET r.source = m.source, r.locator = m.locator, r.matched = m.matched,
    r.recognisedBy = 'vocabulary', r.justCreated = true
WITH r, coalesce(r.justCreated, false) AS created
REMOVE r.justCreated
RETURN count(CASE WHEN created THEN 1 END) AS created
