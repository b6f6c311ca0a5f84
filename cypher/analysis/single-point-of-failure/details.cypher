// What single-point-of-failure reports about the few parties it finds, read after the search
// rather than sent for every edge of the network: the names of $keys (the cut parties and the
// boards they cut off), and for $withEdges (the cut parties) each of their edges of the network's
// types with the other end's key and name and where it was written (source, locator). The rule
// keeps only the edges that were in the council's network it searched.
UNWIND $keys AS key
MATCH (p:Party {key: key})
RETURN key, p.name AS name,
  CASE WHEN key IN $withEdges THEN [(p)-[r:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF|MEMBER_OF|REPORTS_TO|WORKS_IN|PART_OF|PROVIDES|STEP]-(x) | {
    outgoing: startNode(r) = p, type: type(r), other: x.key, otherName: coalesce(x.name, x.title),
    source: r.source, locator: r.locator
  }] ELSE [] END AS edges
