-- One row per imported file, accepted or not: a rejected file is kept and indexed with its error
-- so the library can show why. run_* columns come from the (lenient) model and may be null.
CREATE TABLE bundles (
  id               INTEGER PRIMARY KEY,
  file_sha         TEXT    NOT NULL UNIQUE,
  bytes            INTEGER NOT NULL,
  source_path      TEXT    NOT NULL,
  imported_at      TEXT    NOT NULL,
  accepted         INTEGER NOT NULL,
  error_code       TEXT,
  error_message    TEXT,
  integrity        TEXT    NOT NULL,
  declared_sha     TEXT,
  computed_sha     TEXT,
  run_id           TEXT,
  workflow_id      TEXT,
  workflow_version INTEGER,
  workflow_title   TEXT,
  status           TEXT,
  started_at       TEXT,
  ended_at         TEXT,
  event_count      INTEGER NOT NULL
);
CREATE INDEX bundles_run_id ON bundles(run_id);
CREATE INDEX bundles_workflow ON bundles(workflow_id, status);

CREATE TABLE events (
  bundle_id     INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,
  event_id      TEXT,
  type          TEXT,
  ts            TEXT,
  step_id       TEXT,
  provider      TEXT,
  model         TEXT,
  input_tokens  INTEGER,
  output_tokens INTEGER,
  total_tokens  INTEGER,
  cost_amount   REAL,
  cost_currency TEXT,
  gate          TEXT,
  PRIMARY KEY (bundle_id, idx)
);
CREATE INDEX events_type ON events(bundle_id, type);

CREATE TABLE findings (
  bundle_id INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  code      TEXT    NOT NULL,
  severity  TEXT    NOT NULL,
  message   TEXT    NOT NULL,
  path      TEXT    NOT NULL,
  location  TEXT    NOT NULL,
  PRIMARY KEY (bundle_id, seq)
);
