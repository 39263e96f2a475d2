CREATE INDEX account_debtor IF NOT EXISTS
FOR (a:Account) ON (a.debtorId)
