// Sets a task's status and notes, stamping who changed it and when.
MATCH (t:Task {key: $key})
SET t.status = $status, t.notes = coalesce($notes, t.notes), t.statusChangedAt = datetime(), t.statusChangedBy = $user
RETURN t.key AS key, t.title AS title, t.status AS status, t.notes AS notes
