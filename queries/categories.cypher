// question: How many events of each PLOVER category does the graph hold?
// columns: category, quad_class, events
// stores: neo4j; NetworkX runs the Python implementation (grand-cypher matches no relation
// from an actor to itself: its patterns map distinct variables to distinct nodes)
//
// Every relation with a category, whatever its modality or negation.
MATCH (s:Actor)-[r]->(o)
WHERE NOT r.category IS NULL
RETURN r.category AS category, r.quad_class AS quad_class, count(r) AS events
ORDER BY events DESC, category
