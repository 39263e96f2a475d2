UNWIND $rows AS row
MERGE (e:Employer {id: row.id})
SET e.name = row.name
