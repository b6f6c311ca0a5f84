// Indexes for the questions planners ask most: what is due when, what is in which state,
// and which plan or authority a node belongs to.
CREATE INDEX task_due IF NOT EXISTS FOR (t:Task) ON (t.due);
CREATE INDEX task_status IF NOT EXISTS FOR (t:Task) ON (t.status);
CREATE INDEX party_authority IF NOT EXISTS FOR (p:Party) ON (p.authority);
CREATE INDEX plan_authority IF NOT EXISTS FOR (p:Plan) ON (p.authority);
CREATE INDEX party_name IF NOT EXISTS FOR (p:Party) ON (p.name);
CREATE INDEX client_group_name IF NOT EXISTS FOR (c:ClientGroup) ON (c.name);
