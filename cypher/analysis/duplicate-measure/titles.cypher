// The titles of the tasks duplicate-measure reports ($keys), read for those only rather than sent
// with every measure of the graph.
UNWIND $keys AS key
MATCH (t:Task {key: key})
RETURN key, t.title AS title
