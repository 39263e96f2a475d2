// The attempts a guard decision counts, each once, in time order: the whole account before
// $toMs, and within [$fromMs, $toMs) those on the contact point, to the person ($personId null
// matches none) and on the other accounts. Each branch is answered by its own index.
CALL () {
  MATCH (t:Attempt)
  WHERE t.accountId = $accountId AND t.atMs < $toMs
  RETURN t
  UNION
  MATCH (t:Attempt)
  WHERE t.contactKind = $contactKind AND t.contactValue = $contactValue
    AND t.atMs >= $fromMs AND t.atMs < $toMs
  RETURN t
  UNION
  MATCH (t:Attempt)
  WHERE t.personId = $personId AND t.atMs >= $fromMs AND t.atMs < $toMs
  RETURN t
  UNION
  UNWIND $otherAccountIds AS other
  MATCH (t:Attempt)
  WHERE t.accountId = other AND t.atMs >= $fromMs AND t.atMs < $toMs
  RETURN t
}
RETURN properties(t) AS attempt
ORDER BY t.atMs, t.id
