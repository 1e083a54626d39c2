-- Finished rows are only needed while their command can still be delivered again; LedgerRetention deletes them
-- after the configured retention, oldest first, through this index.
CREATE INDEX command_ledger_finished ON command_ledger (updated_at) WHERE state <> 'STARTED';
CREATE INDEX run_status_observed ON run_status (observed_at);
