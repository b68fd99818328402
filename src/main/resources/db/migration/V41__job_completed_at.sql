-- When each job's last run completed, by the database's clock. A server's timer skips a run when the job completed,
-- on any server, within half its interval: a cluster then runs each job about once an interval rather than once a
-- server, and a server that restarts does not run again at once what was just run (the KPI roll-up over a large
-- history took a core for its first 50 s after a start). Added only (expand): the release before this one neither
-- reads nor writes it, and its runs leave it as it was.
alter table job_lease add column completed_at timestamp(6) with time zone;
