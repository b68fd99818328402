-- A rejected line's rule and the values its text names, so that the import's page shows the problem in its reader's
-- language (the English stays in message, for the rejected-lines file and for rows written before).
alter table import_job_error add column rule_key varchar(100);
alter table import_job_error add column rule_args varchar(2000);
