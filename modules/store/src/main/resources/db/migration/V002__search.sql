-- Full text over model_io payloads and tool_call args/results (the payload's JSON text for now).
CREATE VIRTUAL TABLE event_text USING fts5(
  text,
  bundle_id UNINDEXED,
  event_id UNINDEXED,
  tokenize = 'unicode61'
);
