MATCH (:Address {id: $value})<-[r:LIVED_AT|LOCATED_AT]-(h)
WITH h, r
WHERE (h:Person OR h:Employer) AND h.name IS NOT NULL
RETURN CASE WHEN h:Person THEN 'person' ELSE 'employer' END AS kind,
       h.id AS id,
       h.name AS name,
       [(h)-[o:OWES|GUARANTEES|CO_BORROWS]->(:Account) | type(o)] AS obligations,
       r.source AS source,
       r.lastSeen AS lastSeen
