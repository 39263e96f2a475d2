// An attempt id already stored is left as it is.
UNWIND $rows AS row
MERGE (t:Attempt {id: row.id})
ON CREATE SET t += row
