-- What the library screen lists, filters and sorts on, per imported file. Rows indexed before this
-- script keep index_version 0: the importer re-indexes them from their kept original
-- (Importer.reindex), which fills the new columns and tables.
ALTER TABLE bundles ADD COLUMN index_version     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN started_epoch_ms  INTEGER;
ALTER TABLE bundles ADD COLUMN duration_ms       REAL;
ALTER TABLE bundles ADD COLUMN step_count        INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN receipt_count     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN unpriced_receipts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN input_tokens      INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN output_tokens     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN total_tokens      INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN cached_tokens     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN reasoning_tokens  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN pending_gates     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN error_count       INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN warning_count     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles ADD COLUMN note_count        INTEGER NOT NULL DEFAULT 0;
CREATE INDEX bundles_started ON bundles(started_epoch_ms);
CREATE INDEX bundles_stale ON bundles(index_version);

-- model_io responses (what the runtime's telemetry counts). cost_amount is the exact decimal
-- JavaScript prints for the reported double; cost_currency is bucketed as the runtime does
-- (trimmed, upper case). A response without cost is an unpriced receipt.
CREATE TABLE receipts (
  bundle_id        INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  idx              INTEGER NOT NULL,
  event_id         TEXT,
  step_id          TEXT,
  provider         TEXT,
  model            TEXT,
  input_tokens     INTEGER,
  output_tokens    INTEGER,
  total_tokens     INTEGER,
  cached_tokens    INTEGER,
  reasoning_tokens INTEGER,
  cost_amount      TEXT,
  cost_value       REAL,
  cost_currency    TEXT,
  duration_ms      REAL,
  PRIMARY KEY (bundle_id, idx)
);

-- Cost per currency and bundle: never summed across currencies.
CREATE TABLE bundle_costs (
  bundle_id INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  currency  TEXT    NOT NULL,
  amount    TEXT    NOT NULL,
  value     REAL    NOT NULL,
  receipts  INTEGER NOT NULL,
  PRIMARY KEY (bundle_id, currency)
);
CREATE INDEX bundle_costs_currency ON bundle_costs(currency, value);

-- Gate episodes: a request and the resolution that answered it (either may be missing).
CREATE TABLE gates (
  bundle_id     INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  step_id       TEXT,
  gate          TEXT    NOT NULL,
  requested_idx INTEGER,
  requested_at  TEXT,
  reason        TEXT,
  resolved_idx  INTEGER,
  resolved_at   TEXT,
  decision      TEXT,
  note          TEXT,
  PRIMARY KEY (bundle_id, seq)
);

-- Artifact versions as the bundle's artifacts[] lists them.
CREATE TABLE artifacts (
  bundle_id    INTEGER NOT NULL REFERENCES bundles(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  artifact_key TEXT    NOT NULL,
  version      INTEGER NOT NULL,
  type_id      TEXT,
  created_at   TEXT,
  payload_hash TEXT,
  byte_length  INTEGER,
  PRIMARY KEY (bundle_id, seq)
);
CREATE INDEX artifacts_key ON artifacts(artifact_key, version);

CREATE INDEX findings_severity ON findings(bundle_id, severity);

-- Run id, workflow, title, status and file name, so the library's search finds runs by name too.
CREATE VIRTUAL TABLE bundle_text USING fts5(
  text,
  bundle_id UNINDEXED,
  tokenize = 'unicode61'
);

-- Library-wide settings (e.g. the sample seeding marker) and recently opened files.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE recent_files (
  path      TEXT PRIMARY KEY,
  opened_at TEXT NOT NULL
);
