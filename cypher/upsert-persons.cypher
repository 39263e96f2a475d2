// Stop flags are sticky: an upsert can raise one, never lift it (only set-person-flags does);
// opt-outs accumulate; an attorney is replaced only by another attorney.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.locale = row.locale,
    p.timezone = row.timezone,
    p.ceaseContact = coalesce(p.ceaseContact, false) OR row.ceaseContact,
    p.disputed = coalesce(p.disputed, false) OR row.disputed,
    p.deceased = coalesce(p.deceased, false) OR row.deceased,
    p.bankrupt = coalesce(p.bankrupt, false) OR row.bankrupt,
    p.employerForbidsContact = coalesce(p.employerForbidsContact, false) OR row.employerForbidsContact,
    p.optOut = reduce(acc = coalesce(p.optOut, []), c IN row.optOut | CASE WHEN c IN acc THEN acc ELSE acc + c END),
    p.consent = reduce(acc = coalesce(p.consent, []), c IN row.consent | CASE WHEN c IN acc THEN acc ELSE acc + c END),
    p.attorneyPhone = CASE WHEN row.attorneyName IS NULL THEN p.attorneyPhone ELSE row.attorneyPhone END,
    p.attorneyName = coalesce(row.attorneyName, p.attorneyName)
