// question: How cooperative or conflictual is each directed dyad?
// param: since: date = null -- count events on or after this ISO date; null counts all
// param: until: date = null -- count events on or before this ISO date; null counts all
// param: limit: int = 50 -- at most this many dyads
// columns: source, target, events, verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, goldstein, first, last
// stores: neo4j; NetworkX runs the Python implementation (needs WITH and CASE)
//
// Dyads are directed, source -> target, as in GDELT and ICEWS: what the source does to the
// target. Counted are events that happened (not negated; asserted or reported), split by
// CAMEO quad class; goldstein is the sum of their Goldstein scores (-10 hostile .. +10
// cooperative). Most active dyads first.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.quad_class IS NOT NULL AND s <> o
  AND NOT coalesce(r.negated, false) AND r.modality IN ["asserted", "reported"]
WITH s, o, r, coalesce(r.date, r.doc_date) AS day
WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
WITH s, o, count(r) AS events,
     count(CASE WHEN r.quad_class = "verbal_cooperation" THEN 1 END) AS verbal_cooperation,
     count(CASE WHEN r.quad_class = "material_cooperation" THEN 1 END) AS material_cooperation,
     count(CASE WHEN r.quad_class = "verbal_conflict" THEN 1 END) AS verbal_conflict,
     count(CASE WHEN r.quad_class = "material_conflict" THEN 1 END) AS material_conflict,
     sum(r.goldstein) AS goldstein, min(day) AS first, max(day) AS last
RETURN s.name AS source, o.name AS target, events, verbal_cooperation, material_cooperation,
       verbal_conflict, material_conflict, goldstein, first, last
ORDER BY events DESC, source, target, verbal_cooperation, material_cooperation,
         verbal_conflict, material_conflict, goldstein, first, last
LIMIT $limit
