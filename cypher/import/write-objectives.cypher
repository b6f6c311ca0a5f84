// The plan's objectives, in the order they first appear.
UNWIND $objectives AS o
MATCH (p:Plan {key: $plan})
MATCH (s:Source {key: $source})
MERGE (obj:Objective {key: o.key})
SET obj.title = o.title, obj.order = o.order
MERGE (obj)-[ip:IN_PLAN]->(p)
SET ip.source = s.key, ip.locator = o.locator
MERGE (obj)-[f:FROM]->(s)
SET f.locator = o.locator
