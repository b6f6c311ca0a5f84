// A council's network, for the rules about parties, names and provision with a council chosen
// (server/src/analysis/council-network.ts): the shared parties, services and funding streams
// (keys with no council, MODEL.md; other councils' own organisations among them) that are tied
// only to other councils: linked to another council's own nodes (its plan, tasks, teams, posts,
// boards or services) or to a council with a plan of its own, and to none of this council's.
// A shared body tied to no council at all stays in every council's network, so with one council
// loaded its network is the whole graph. A county council with no plan of its own is a shared
// body like any other: in the network of the councils it works with. Client groups are
// everyone's and are never left out.
// Why: at 300 councils a county's partnership, its members and its schemes are shared nodes,
// but they are not every council's: 302 of one council's 816 findings were other councils
// sitting on their own county's board.
// Parameters: $authority (the council's key).
WITH $authority AS me, substring($authority, size('org:')) + '/' AS own
MATCH (s)
WHERE (s:Party OR s:Service OR s:FundingStream)
  AND NOT split(s.key, ':')[1] CONTAINS '/' AND s.key <> me
  AND EXISTS { (s)--(n) WHERE split(n.key, ':')[1] CONTAINS '/' OR EXISTS { (n)<-[:BY]-(:Plan) } }
  AND NOT EXISTS { (s)--(n) WHERE n.key = me OR split(n.key, ':')[1] STARTS WITH own }
RETURN collect(s.key) AS elsewhere
