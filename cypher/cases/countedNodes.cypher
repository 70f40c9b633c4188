// The nodes that carry hot-spot counts (cases/hotSpotCounts): after a bulk first load, every one.
MATCH (x)
WHERE x:Entity OR x:Person
RETURN x.id AS id
