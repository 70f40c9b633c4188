// The buildings of the flats a case reports (src/model/address.ts): one node per building key, made if
// new. The case does not MENTION a building it reports only through a flat: its flat reaches the building
// by IN_BUILDING, so two different flats meet only there, as a weaker "same building" link.
UNWIND $rows AS row
MERGE (b:Entity {id: row.id})
ON CREATE SET b += row.props, b:Address
