// An account has one debtor: a corrected debtorId moves the OWES relationship.
UNWIND $rows AS row
MERGE (a:Account {id: row.id})
SET a.debtorId = row.debtorId,
    a.product = row.product,
    a.currency = row.currency,
    a.principal = row.principal,
    a.balance = row.balance,
    a.dueDate = row.dueDate,
    a.jurisdiction = row.jurisdiction,
    a.status = row.status
MERGE (d:Person {id: row.debtorId})
WITH a, d
CALL (a, d) {
  MATCH (other:Person)-[old:OWES]->(a)
  WHERE other <> d
  DELETE old
}
MERGE (d)-[:OWES {source: 'account'}]->(a)
