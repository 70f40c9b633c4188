// Everything one case reported, as the graph holds it: enough to write the case again in the exchange
// format and put it through today's validation and keys. Each relationship carries the case that
// reported it (caseId), so only this case's own reports are read: its spellings and its own descriptive
// details (MENTIONS.details), not those another report gave the shared node.
UNWIND $ids AS caseId
MATCH (c:Case {id: caseId})-[:REPORTED_BY]->(a:Agency)
CALL (c) {
  OPTIONAL MATCH (c)-[i:INVOLVES]->(p:Person)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE p {.id, .name, .aliases, .birthDate, .nationality, .gender, .registeredBy,
    role: i.role, function: i.function, nameAsWritten: i.nameAsWritten} END) AS persons
}
CALL (c) {
  OPTIONAL MATCH (c)-[m:MENTIONS]->(e:Entity)
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE e {.*, labels: labels(e), asWritten: m.asWritten, reportDetails: m.details} END) AS entities
}
CALL (c) {
  // $holderTypes: the relationships from holders (src/model/registry.ts), and those between entities.
  OPTIONAL MATCH (c)-[:MENTIONS]->(e:Entity)<-[r]-(h)
  WHERE r.caseId = c.id AND type(r) IN $holderTypes
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {from: h.id, type: type(r), to: e.id} END) AS links
}
CALL (c) {
  OPTIONAL MATCH (c)-[:MENTIONS]->(t:MoneyTransfer)
  OPTIONAL MATCH (s)-[sent:SENT]->(t) WHERE sent.caseId = c.id
  OPTIONAL MATCH (t)-[to:TO]->(r) WHERE to.caseId = c.id
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE t {.id, .amount, .currency, .channel, time: toString(t.time), from: s.id, to: r.id} END) AS transfers
}
RETURN c {.id, .reference, .country, .title, .handlingCode, .handlingText, .sourceReliability, .informationReliability, .typologies,
  .status, openedOn: toString(c.openedOn), closedOn: toString(c.closedOn), agencyCode: a.code, agencyName: a.name} AS case,
  persons, entities, links, transfers
