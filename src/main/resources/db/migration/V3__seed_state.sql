-- What the seed loader last imported: a hash of the seed files, so that a restart with the
-- same files skips the import entirely (and API edits of seeded records are never undone).
CREATE TABLE seed_state (
  id          integer PRIMARY KEY CHECK (id = 1),
  files_hash  text NOT NULL,
  loaded_at   timestamptz NOT NULL DEFAULT now()
);
