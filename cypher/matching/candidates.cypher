// Candidate pairs for the given person records, one row per record: other records sharing a blocking key (a
// name key in any transliteration reading, the name with the birth year, or a held document, phone, account,
// e-mail address, online account or crypto wallet), skipping blocks larger than $maxBlock (they are returned
// in `oversized`, and compared only through their smaller keys), pairs an analyst has already decided, and
// two records of one case (a case does not list one person twice). keySizes gives the records per name key
// of p, for the name's term frequency. A block's size counts person records, not relationships: a record
// that holds an identifier in two of its agency's cases holds it once. What belongs to p (its keys with
// their sizes, its decided pairs, its case mates) is read once per record, not once per candidate; `shared`
// lists the keys and identifiers a candidate shares with p (the relationship type and the key or identifier
// id), from one expansion of the candidate. p's home addresses (LIVES_AT) are evidence, not a blocking key:
// a candidate living there too shares it, and homeSizes gives each address's residents, its term frequency.
// With $deferPending (a matching run over the pending records), a pair of two pending records is produced
// once: by the chunk holding both, from the side with the smaller id, or else by the chunk of the record
// that stays pending longer, so no pair is fetched and scored twice. $settled lists the records of an
// earlier chunk of this run whose write may not have committed yet: they count as no longer pending.
// guessSweep (of p and of each candidate): the record came in an import that tried its name with other
// birth dates of its year (src/matching/match.ts, markGuessSweeps).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p,
  [(p)-[:HAS_NAME_KEY]->(k:NameKey) | {node: k, key: k.key, size: COUNT { (k)<-[:HAS_NAME_KEY]-() }}] AS keys,
  [(p)-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT|USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]->(x) |
    {node: x, key: x.id, size: COUNT { MATCH (x)<-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT|USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]-(r:Person) RETURN DISTINCT r }}] AS held,
  [(p)-[:LIVES_AT]->(x:Address) | {node: x, key: x.id, size: COUNT { MATCH (x)<-[:LIVES_AT]-(r:Person) RETURN DISTINCT r }}] AS homes,
  [(p)-[m:NOT_SAME|CONFIRMED_SAME|POSSIBLY_SAME]-(o) WHERE NOT m:POSSIBLY_SAME OR m.status = 'UNSURE' | o] +
    [(p)<-[:INVOLVES]-(:Case)-[:INVOLVES]->(o) | o] AS excluded
CALL (p, keys, held, homes, excluded) {
  CALL (p, keys, held) {
    UNWIND keys AS k
    WITH k
    WHERE k.size <= $maxBlock
    WITH k.node AS k
    MATCH (k)<-[:HAS_NAME_KEY]-(q:Person)
    WHERE q <> p
    RETURN q
    UNION
    UNWIND held AS x
    WITH x
    WHERE x.size <= $maxBlock
    WITH x.node AS x
    MATCH (x)<-[:HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT|USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET]-(q:Person)
    WHERE q <> p
    RETURN q
  }
  WITH q
  WHERE (NOT $deferPending OR q.matchPending IS NULL OR q.id IN $settled OR (q.id IN $ids AND p.id < q.id))
    AND NOT q IN excluded
  WITH q, [k IN keys | k.node] + [x IN held | x.node] + [h IN homes | h.node] AS targets
  RETURN collect({
    b: q {.id, .name, .aliases, .birthDate, .nationality, .gender},
    guessSweep: coalesce(q.guessSweep, false),
    shared: [(q)-[r:HAS_NAME_KEY|HOLDS_DOCUMENT|USES|HOLDS_ACCOUNT|USES_EMAIL|USES_ONLINE_ACCOUNT|HOLDS_WALLET|LIVES_AT]->(x) WHERE x IN targets |
      [type(r), CASE type(r) WHEN 'HAS_NAME_KEY' THEN x.key ELSE x.id END]]
  }) AS candidates
}
RETURN p {.id, .name, .aliases, .birthDate, .nationality, .gender} AS a,
  coalesce(p.guessSweep, false) AS guessSweep,
  [k IN keys | [k.key, k.size]] AS keySizes,
  [h IN homes | [h.key, h.size]] AS homeSizes,
  [b IN keys + held WHERE b.size > $maxBlock | [b.key, b.size]] AS oversized,
  candidates
