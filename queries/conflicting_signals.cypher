// question: Which dyads show cooperation and conflict within a few days of each other?
// param: days: int = 14 -- at most this many days between the two events
// param: limit: int = 100 -- at most this many rows
// columns: source, target, cooperative_date, cooperative, conflictual_date, conflictual, days
// stores: neo4j; NetworkX runs the Python implementation (needs WITH and date arithmetic)
//
// Directed dyads (source -> target): one row per cooperative event (verbal or material
// cooperation) and conflictual event (verbal or material conflict) of the same source
// towards the same target, both dated, both happened (not negated; asserted or reported),
// at most $days days apart in either order. Closest pairs first.
MATCH (s:Actor)-[c]->(o:Actor), (s)-[x]->(o)
WHERE c.quad_class IN ["verbal_cooperation", "material_cooperation"]
  AND x.quad_class IN ["verbal_conflict", "material_conflict"]
  AND NOT coalesce(c.negated, false) AND c.modality IN ["asserted", "reported"]
  AND NOT coalesce(x.negated, false) AND x.modality IN ["asserted", "reported"]
WITH s, o, c, x, coalesce(c.date, c.doc_date) AS cooperative_date,
     coalesce(x.date, x.doc_date) AS conflictual_date
WHERE cooperative_date IS NOT NULL AND conflictual_date IS NOT NULL
WITH s, o, c, x, cooperative_date, conflictual_date,
     abs(duration.inDays(date(cooperative_date), date(conflictual_date)).days) AS apart
WHERE apart <= $days
RETURN DISTINCT s.name AS source, o.name AS target, cooperative_date, type(c) AS cooperative,
       conflictual_date, type(x) AS conflictual, apart AS days
ORDER BY days, source, target, cooperative_date, cooperative, conflictual_date, conflictual
LIMIT $limit
