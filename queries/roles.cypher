// question: Who holds which office in which state or organisation, and who is a member?
// columns: organisation, role, holder, mentions
// stores: neo4j; NetworkX runs the Python implementation (grand-cypher matches no relation
// from an actor to itself: its patterns map distinct variables to distinct nodes)
//
// mentions counts the relations that say so (one per sentence read). Actors are grouped
// by id, so two namesakes are two rows.
MATCH (p:Actor)-[r:LEADER_OF|SECRETARY_GENERAL_OF|MINISTER_OF|OFFICIAL_OF|MEMBER_OF]->(o:Actor)
WITH o, type(r) AS role, p, count(r) AS mentions
RETURN o.name AS organisation, role, p.name AS holder, mentions
ORDER BY organisation, role, holder, mentions
