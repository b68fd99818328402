-- Every API request updates its key's bucket row and commits. Logged, each such commit waits for its WAL flush while
-- it holds the row, so one key's requests queued behind the disk (about 400 a second in a test on a shared machine,
-- 15,000 unlogged). Buckets are worth no WAL: after a crash PostgreSQL empties this table and every key starts full,
-- and a standby has no buckets (they are made again at each key's next request).
alter table api_rate_limit set unlogged;
