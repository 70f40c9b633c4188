// Transfers leaving a person or account, and onward from whoever received them, in time order
// (t1 < t2 < …), at most $maxHops (allow-listed 1..6) transfers, inside the time window.
CALL () {
  OPTIONAL MATCH (p:Person {id: $fromId}) OPTIONAL MATCH (a:Entity {id: $fromId})
  RETURN coalesce(p, a) AS party
}
WITH party
WHERE party IS NOT NULL
// A person pays in person and through the accounts the person holds (whoever reports the holding: a
// chain through another agency's report shows as hits). Onward hops continue from the party the money
// reached, without jumping to its holder's other accounts.
CALL (party) {
  RETURN party AS start
  UNION
  MATCH (party:Person)-[:HOLDS_ACCOUNT]->(start:Account)
  RETURN start
}
WITH start
MATCH (start)((s)-[sent:SENT]->(t:MoneyTransfer)-[:TO]->(r)){1,6}
WHERE size(t) <= $maxHops
// The transfers the caller may see ($agency null: all). The time order holds over those only: a hidden
// transfer's time is unknown to the caller, so it neither keeps a chain out nor lets one in.
WITH s, sent, t, r,
  [i IN range(0, size(t) - 1) WHERE $agency IS NULL OR split(sent[i].caseId, ':')[1] = $agency OR sent[i].caseId IN $shared] AS seen
WHERE all(j IN range(0, size(seen) - 2) WHERE t[seen[j]].time < t[seen[j + 1]].time)
  // The window tests only transfers the caller may see ($agency null: all).
  AND ($from IS NULL OR ($agency IS NOT NULL AND split(sent[0].caseId, ':')[1] <> $agency AND NOT sent[0].caseId IN $shared) OR t[0].time >= datetime($from))
  AND ($to IS NULL OR ($agency IS NOT NULL AND split(sent[-1].caseId, ':')[1] <> $agency AND NOT sent[-1].caseId IN $shared) OR t[-1].time <= datetime($to))
// By the first visible transfer's time (chains of hidden transfers only last), then by the transfers' ids
// hashed with $salt (secret, keyed for the caller's agency; null: the ids), so no hidden time or id orders them.
WITH s, sent, t, r, t[seen[0]].time AS first
ORDER BY first IS NULL, first, size(t), [x IN t | CASE WHEN $salt IS NULL THEN x.id ELSE apoc.util.sha256([$salt, x.id]) END]
LIMIT toInteger($limit)
RETURN [i IN range(0, size(t) - 1) | {id: t[i].id, amount: t[i].amount, currency: t[i].currency, time: t[i].time,
  channel: t[i].channel, from: s[i].id, to: r[i].id, caseId: sent[i].caseId}] AS transfers
