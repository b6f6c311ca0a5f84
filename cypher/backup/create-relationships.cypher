// Restore: creates one batch of relationships between nodes found by their new element ids.
UNWIND $relationships AS rel
MATCH (a) WHERE elementId(a) = rel.from
MATCH (b) WHERE elementId(b) = rel.to
CALL apoc.create.relationship(a, rel.type, rel.props, b) YIELD rel AS created
RETURN count(created) AS created
