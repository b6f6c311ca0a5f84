// What the server needs to decide who may change a task: its council, and whether an
// organisation is Responsible for it (itself, or through a role that works in it).
MATCH (t:Task {key: $key})
RETURN t.key AS key, t.title AS title,
  [(t)-[:IN_PLAN]->(p:Plan) | p.authority][0] AS authority,
  $organisation IS NOT NULL AND (
    EXISTS { (:Party {key: $organisation})-[:RESPONSIBLE_FOR]->(t) } OR
    EXISTS { MATCH (r:Role)-[:RESPONSIBLE_FOR]->(t) WHERE (r)-[:WORKS_IN]->(:Organisation {key: $organisation}) }
  ) AS responsible
