// Aliases learnt from the plan's glossary for nodes that already exist.
UNWIND $additions AS addition
MATCH (n {key: addition.key})
WHERE n:Party OR n:ClientGroup OR n:Service OR n:FundingStream
SET n.aliases = coalesce(n.aliases, []) + [a IN addition.aliases WHERE NOT a IN coalesce(n.aliases, [])]
