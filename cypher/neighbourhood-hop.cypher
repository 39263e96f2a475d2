// One breadth-first hop from every frontier node, both directions. Each node gives at most
// $limit relationships per direction, most recently seen first (never seen last): the caller
// asks for one more than its fan-out cap, so a hub that was cut is told from one that was not.
UNWIND $frontier AS ref
MATCH (n)
WHERE elementId(n) = ref
CALL (n) {
  MATCH (n)-[r:OWES|GUARANTEES|CO_BORROWS|HAS_PHONE|HAS_EMAIL|LIVED_AT|WORKS_AT|LOCATED_AT|KNOWS]->(m)
  WITH r, m
  ORDER BY r.lastSeen IS NULL, r.lastSeen DESC
  LIMIT $limit
  RETURN collect({type: type(r), props: properties(r), node: {ref: elementId(m), labels: labels(m), props: properties(m)}}) AS outgoing
}
CALL (n) {
  MATCH (n)<-[r:OWES|GUARANTEES|CO_BORROWS|HAS_PHONE|HAS_EMAIL|LIVED_AT|WORKS_AT|LOCATED_AT|KNOWS]-(m)
  WITH r, m
  ORDER BY r.lastSeen IS NULL, r.lastSeen DESC
  LIMIT $limit
  RETURN collect({type: type(r), props: properties(r), node: {ref: elementId(m), labels: labels(m), props: properties(m)}}) AS incoming
}
RETURN ref, outgoing, incoming
