// question: Which actors are the most connected?
// param: type: string = null -- only actors of this type (STATE, IGO, PERSON, ...); null for all
// param: limit: int = 20 -- at most this many actors
// columns: actor, id, type, degree, in_degree, out_degree, partners
// stores: neo4j; NetworkX runs the Python implementation (needs WITH and COUNT subqueries)
//
// degree counts every relation at the actor (events, roles, quantities; parallel ones each);
// partners counts the distinct other actors it is related to. For betweenness, eigenvector
// centrality and communities see kg.analyze.
MATCH (a:Actor)
WHERE $type IS NULL OR a.type = toUpper($type)
WITH a, COUNT { (a)<-[]-() } AS in_degree, COUNT { (a)-[]->() } AS out_degree,
     COUNT { MATCH (a)-[]-(b:Actor) WHERE b <> a RETURN DISTINCT b } AS partners
RETURN a.name AS actor, a.id AS id, a.type AS type, in_degree + out_degree AS degree,
       in_degree, out_degree, partners
ORDER BY degree DESC, partners DESC, actor, id
LIMIT $limit
