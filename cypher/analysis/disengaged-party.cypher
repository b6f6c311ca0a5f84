// Rule disengaged-party: parties that are members of the alliance or of a board (MEMBER_OF a
// Board or an Organisation of kind 'alliance') and hold no RACI letter on any task anywhere.
// Why a planner cares: a member at the table with no part in the plan is unused capacity, or a
// sign that the plan was written without it.
// Parameters: none here (membership is not a matter of one plan; a letter on any plan counts).
// With a council, the rows of its network are kept after the query (council-network.ts).
// On the seed: the Community Safety Detached Team (a member of the Safer Worcester Partnership)
// and the Safer Worcester Partnership (a member of the South Worcestershire Community Safety
// Partnership) hold no letter in the homelessness plan. Worcester Cares' members are not named.
MATCH (p:Party)-[m:MEMBER_OF]->(body)
WHERE (body:Board OR (body:Organisation AND body.kind = 'alliance'))
  AND NOT EXISTS { (p)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(:Task) }
WITH p, collect({body: body, rel: m}) AS memberships
RETURN p.name AS name, [x IN memberships | x.body.name] AS bodies,
  [{key: p.key, label: [l IN labels(p) WHERE l <> 'Party'][0], name: p.name}] +
  [x IN memberships | {key: x.body.key, label: [l IN labels(x.body) WHERE l <> 'Party'][0], name: x.body.name}] AS nodes,
  [x IN memberships | {kind: 'relationship', description: p.name + ' MEMBER_OF ' + x.body.name,
    source: x.rel.source, locator: x.rel.locator}] +
  [{kind: 'text', description: p.name + ' holds no Responsible, Accountable, Consulted or Informed letter on any task'}] AS evidence
ORDER BY name
