-- 公表版の導入 — until releases came in (V7) every stored record was public the moment it was
-- written. A database that already held plans then (an upgrade from V6) must go on showing them
-- to the public: its plans are published once, as they stand, by the service at its next start
-- (release/ReleaseBackfill), which this row asks for. A new database (no plans) and one that has
-- releases already are not touched.
CREATE TABLE release_backfill (
  id      integer PRIMARY KEY CHECK (id = 1),
  pending boolean NOT NULL
);
INSERT INTO release_backfill (id, pending)
SELECT 1, EXISTS (SELECT 1 FROM plan) AND NOT EXISTS (SELECT 1 FROM plan_release);
