UNWIND $rows AS row
MERGE (a:Address {id: row.id})
SET a.line = row.line,
    a.city = row.city,
    a.region = row.region,
    a.country = row.country,
    a.postcode = row.postcode,
    a.timezone = row.timezone
