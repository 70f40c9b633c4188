// Watches, typology rules and alerts (issue 19), and the live feed's reads in commit order.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE;
CREATE INDEX watch_node IF NOT EXISTS FOR (n:Watch) ON (n.nodeId, n.status);
CREATE INDEX watch_agency IF NOT EXISTS FOR (n:Watch) ON (n.agency);
CREATE CONSTRAINT alert_rule_id IF NOT EXISTS FOR (n:AlertRule) REQUIRE n.id IS UNIQUE;
CREATE INDEX alert_rule_enabled IF NOT EXISTS FOR (n:AlertRule) ON (n.enabled);
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (n:Alert) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (n:Alert) REQUIRE n.key IS UNIQUE;
CREATE INDEX alert_seq IF NOT EXISTS FOR (n:Alert) ON (n.seq);
CREATE INDEX alert_recipient IF NOT EXISTS FOR (n:Alert) ON (n.agency, n.updatedAt);
CREATE INDEX notification_chain IF NOT EXISTS FOR (n:Notification) ON (n.chainSeq);
