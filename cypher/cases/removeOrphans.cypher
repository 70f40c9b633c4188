// The nodes removeStale found nothing keeps any more, with their name keys' links and undecided matches.
// Not counted in the import's report (see removeStale); the caller counts the nodes.
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Entity {id: id}) RETURN x
  UNION
  MATCH (x:Person {id: id}) RETURN x
}
DETACH DELETE x
