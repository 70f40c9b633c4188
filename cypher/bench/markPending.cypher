// Marks person records for matching again, as an import of them would (bench/matchTime.ts).
UNWIND $ids AS id
MATCH (p:Person {id: id})
SET p.matchPending = true
