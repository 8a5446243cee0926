// question: Who or what is an actor: type, country, roles, how often and where it appears?
// param: actor: string (required) e.g. "Mark Rutte" -- name, id or alias of the actor (any case)
// columns: id, name, type, country, sector, aliases, roles, held_by, relations, statements, documents, first, last
// stores: neo4j; NetworkX runs the Python implementation (needs CALL and COLLECT subqueries)
//
// roles are the actor's offices and memberships (LEADER_OF, SECRETARY_GENERAL_OF,
// MINISTER_OF, OFFICIAL_OF, MEMBER_OF) as "PREDICATE object"; held_by the same towards
// it, as "subject PREDICATE". relations counts
// the relations at the actor, statements those attributed to it, documents the articles
// they come from; first and last are the earliest and latest dated relation at the actor.
MATCH (a:Actor)
WHERE toLower($actor) IN [toLower(a.id), toLower(a.name)] +
      [alias IN coalesce(a.aliases, []) | toLower(alias)]
CALL (a) {
    MATCH (a)-[r]-()
    WITH DISTINCT r
    RETURN count(r) AS relations, count(DISTINCT r.doc) AS documents,
           min(coalesce(r.date, r.doc_date)) AS first, max(coalesce(r.date, r.doc_date)) AS last
}
RETURN a.id AS id, a.name AS name, a.type AS type, a.country AS country, a.sector AS sector,
       coalesce(a.aliases, []) AS aliases,
       COLLECT { MATCH (a)-[r:LEADER_OF|SECRETARY_GENERAL_OF|MINISTER_OF|OFFICIAL_OF|
                            MEMBER_OF]->(o:Actor)
                 RETURN DISTINCT type(r) + " " + o.name AS role ORDER BY role } AS roles,
       COLLECT { MATCH (h:Actor)-[r:LEADER_OF|SECRETARY_GENERAL_OF|MINISTER_OF|OFFICIAL_OF|
                                   MEMBER_OF]->(a)
                 RETURN DISTINCT h.name + " " + type(r) AS holder ORDER BY holder } AS held_by,
       relations,
       COUNT { MATCH ()-[r]->() WHERE r.attributed_to = a.id } AS statements,
       documents, first, last
ORDER BY id
