UNWIND $rows AS row
MERGE (p:Person {id: row.personId})
MERGE (a:Account {id: row.accountId})
MERGE (p)-[:GUARANTEES {source: row.source}]->(a)
