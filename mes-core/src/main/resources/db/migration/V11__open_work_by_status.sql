-- The inspection queue reads the operations running now by their status, not every operation ever recorded.
CREATE INDEX quality_operation_by_status ON quality_operation (status);
