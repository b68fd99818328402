-- Imports that tell the truth: each rejected line names the file's column (as the file writes it), and the
-- rejected lines are kept as written, with the file's header, so that they can be downloaded, mended and
-- imported again. (Whether an import finished, finished with errors or failed is derived from its counts.)

alter table import_job_error add column column_name varchar(200);
alter table import_job add column header_line varchar(65536);

create table import_job_rejected_line (
    job_id   bigint         not null references import_job (id),
    line     bigint         not null,
    content  varchar(65536) not null,
    primary key (job_id, line)
);
