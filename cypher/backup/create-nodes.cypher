// Restore: creates one batch of nodes with their labels and properties, and returns the new
// element id of each so the relationships can find their ends without an index.
UNWIND $nodes AS node
CALL apoc.create.node(node.labels, node.props) YIELD node AS created
RETURN node.id AS id, elementId(created) AS elementId
