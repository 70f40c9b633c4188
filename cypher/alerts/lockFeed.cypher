// Serialises the raising of alerts and numbers it: the lock is held until commit, so a later number
// always commits later, and the live feed that reads "after number n" misses nothing.
MERGE (l:Lock {name: 'alerts'})
SET l.seq = coalesce(l.seq, 0) + 1
RETURN l.seq AS seq
