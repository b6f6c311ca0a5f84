// Rule disengaged-party: parties that are members of the alliance or of a board (MEMBER_OF a
// Board or an Organisation of kind 'alliance') and hold no RACI letter on any task anywhere.
// Why a planner cares: a member at the table with no part in the plan is unused capacity, or a
// sign that the plan was written without it.
// Parameters: $authority (only the members and bodies in that council's network: its own and
// the shared ones, as keys carry their council). Membership is not a matter of one plan, so a
// letter on any plan counts, and $objective and $clientGroup do not apply.
// On the seed: the Community Safety Detached Team (a member of the Safer Worcester Partnership)
// and the Safer Worcester Partnership (a member of the South Worcestershire Community Safety
// Partnership) hold no letter in the homelessness plan. Worcester Cares' members are not named.
// A key's council ('org:<council-slug>/…', MODEL.md), as councilOfKey in council-pairs.ts reads it.
WITH CASE WHEN $authority IS NULL THEN null ELSE substring($authority, size('org:')) + '/' END AS own
MATCH (p:Party)-[m:MEMBER_OF]->(body)
WHERE (body:Board OR (body:Organisation AND body.kind = 'alliance'))
  AND (own IS NULL OR all(k IN [p.key, body.key] WHERE
    NOT split(k, ':')[1] CONTAINS '/' OR split(k, ':')[1] STARTS WITH own))
  AND NOT EXISTS { (p)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(:Task) }
WITH p, collect({body: body, rel: m}) AS memberships
RETURN p.name AS name, [x IN memberships | x.body.name] AS bodies,
  [{key: p.key, label: [l IN labels(p) WHERE l <> 'Party'][0], name: p.name}] +
  [x IN memberships | {key: x.body.key, label: [l IN labels(x.body) WHERE l <> 'Party'][0], name: x.body.name}] AS nodes,
  [x IN memberships | {kind: 'relationship', description: p.name + ' MEMBER_OF ' + x.body.name,
    source: x.rel.source, locator: x.rel.locator}] +
  [{kind: 'text', description: p.name + ' holds no Responsible, Accountable, Consulted or Informed letter on any task'}] AS evidence
ORDER BY name
