// Rule overdue: tasks whose due month (or the end of their date range) has passed with no
// completion recorded: status neither 'done' nor 'dropped'. Tasks due 'Ongoing' or with no
// readable date have no deadline and are left out.
// Why a planner cares: the plan has slipped; a board needs to know what, and by how much.
// Parameters: $today (date, default the day the analysis runs), $authority, $objective,
// $clientGroup (scope). A task is late from the first day after its due month.
// On the seed: every task is 'not_started' (the plan records no progress) and every date is in
// 2023-2025, so with today's date every task is overdue: that is what the data says. With
// --today 2023-12-31 the eight tasks due by November 2023 are overdue (rows 7, 9, 14, 19, 24,
// 25, 32, 44).
MATCH (t:Task)-[:IN_PLAN]->(plan:Plan)
WHERE ($authority IS NULL OR EXISTS { (plan)-[:BY]->(:Organisation {key: $authority}) })
  AND ($objective IS NULL OR EXISTS { (t)-[:UNDER]->(:Objective {key: $objective}) })
  AND ($clientGroup IS NULL
    OR EXISTS { (t)-[:SERVES|MENTIONS]->(:ClientGroup {key: $clientGroup}) }
    OR EXISTS { (t)-[:MEASURED_BY]->(:Measure)-[:MENTIONS]->(:ClientGroup {key: $clientGroup}) })
  AND NOT coalesce(t.status, 'not_started') IN ['done', 'dropped']
  AND NOT coalesce(t.dueKind, 'none') IN ['ongoing', 'none', 'unparsed']
  AND coalesce(t.dueEnd, t.due) IS NOT NULL
WITH t, date.truncate('month', coalesce(t.dueEnd, t.due)) + duration({months: 1}) AS lateFrom
WHERE lateFrom <= date($today)
// One row per finding with its facts once; the rule (overdue.ts) words the sentence and evidence.
RETURN t.key AS key, t.title AS title, toInteger(t.row) AS row, t.dueRaw AS dueRaw,
  coalesce(t.status, 'not_started') AS status,
  duration.inMonths(lateFrom, date($today)).months AS monthsLate,
  head([(t)-[:FROM]->(s:Source) | s.key]) AS source
ORDER BY lateFrom, row, t.key
