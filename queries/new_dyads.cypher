// question: Which pairs of actors first interacted within a date window?
// param: since: date (required) e.g. "2025-03-01" -- first day of the window (ISO date)
// param: until: date (required) e.g. "2025-03-31" -- last day of the window (ISO date)
// columns: actor_a, actor_b, first, last, events
// stores: neo4j; NetworkX runs the Python implementation (needs WITH and CASE)
//
// A pair is unordered (named in alphabetical order); its first event is the earliest dated
// event between the two in either direction, counting events that happened (not negated;
// asserted or reported). A pair is new when that first event falls inside the window.
// last and events cover all of the pair's events, before and after the window.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.category IS NOT NULL AND s <> o
  AND NOT coalesce(r.negated, false) AND r.modality IN ["asserted", "reported"]
WITH CASE WHEN [s.name, s.id] <= [o.name, o.id] THEN s ELSE o END AS a,
     CASE WHEN [s.name, s.id] <= [o.name, o.id] THEN o ELSE s END AS b,
     coalesce(r.date, r.doc_date) AS day
WITH a, b, min(day) AS first, max(day) AS last, count(*) AS events
WHERE first >= $since AND first <= $until
RETURN a.name AS actor_a, b.name AS actor_b, first, last, events
ORDER BY first, actor_a, actor_b, last, events
