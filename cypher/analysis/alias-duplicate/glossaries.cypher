// Rule alias-duplicate: each plan's glossary lines (`WSHOG = Worcestershire Strategic Housing
// Officers Group`), with the plan's council and source, one row per plan.
MATCH (p:Plan)
RETURN p.key AS plan, p.title AS title, p.authority AS authority,
  coalesce(p.glossary, []) AS glossary,
  head([(p)-[:FROM]->(s:Source {kind: 'plan'}) | s.key]) AS source
