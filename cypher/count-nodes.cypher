// Nodes created only as the far end of a relationship (an import still under way) are not counted.
RETURN COUNT { MATCH (p:Person) WHERE p.name IS NOT NULL } AS person,
       COUNT { MATCH (a:Account) WHERE a.product IS NOT NULL } AS account,
       COUNT { MATCH (ph:Phone) } AS phone,
       COUNT { MATCH (e:Email) } AS email,
       COUNT { MATCH (a:Address) WHERE a.line IS NOT NULL } AS address,
       COUNT { MATCH (e:Employer) WHERE e.name IS NOT NULL } AS employer,
       COUNT { MATCH (t:Attempt) } AS attempt
