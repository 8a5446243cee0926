// question: Who met whom, how often, and when?
// param: since: date = null -- count meetings on or after this ISO date; null counts all
// param: until: date = null -- count meetings on or before this ISO date; null counts all
// param: limit: int = 50 -- at most this many pairs
// columns: actor_a, actor_b, meetings, first, last
// stores: neo4j; NetworkX runs the Python implementation (needs WITH and CASE)
//
// A meeting is a CONSULT event (MEET, CALL, VISIT, HOST, NEGOTIATE, ...) that happened: not
// negated, asserted or reported (not merely intended). A pair is unordered, "A met B" and
// "B met A" are meetings of one pair, named in alphabetical order. The date of an event is
// its own date, else its document's; first and last ignore undated meetings.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.category = "CONSULT" AND s <> o
  AND NOT coalesce(r.negated, false) AND r.modality IN ["asserted", "reported"]
WITH s, o, coalesce(r.date, r.doc_date) AS day
WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
WITH CASE WHEN [s.name, s.id] <= [o.name, o.id] THEN s ELSE o END AS a,
     CASE WHEN [s.name, s.id] <= [o.name, o.id] THEN o ELSE s END AS b, day
WITH a, b, count(*) AS meetings, min(day) AS first, max(day) AS last
RETURN a.name AS actor_a, b.name AS actor_b, meetings, first, last
ORDER BY meetings DESC, actor_a, actor_b, first, last
LIMIT $limit
