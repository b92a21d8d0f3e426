-- The inbox is pruned by age (InboxPruner): redeliveries come within the topics' retention, and the read models'
-- own guards (roll figures: a set ordered by acceptance sequence) make an older duplicate harmless anyway.
CREATE INDEX IF NOT EXISTS processed_event_age ON processed_event (processed_at);
