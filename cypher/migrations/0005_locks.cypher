// A named lock node that serialises identity changes (analysts' decisions are rare, so one lock is cheap).
CREATE CONSTRAINT lock_name IF NOT EXISTS FOR (n:Lock) REQUIRE n.name IS UNIQUE;
