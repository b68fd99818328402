-- Dispute evidence moves from portal.attachments.dir (one server's disk) into the database, so that every server of a
-- cluster serves it and a backup holds it. The key is dispute_attachment.storage_key; files already in the directory
-- are copied in at start-up by the server that has them (EvidenceFromDirectory).
create table stored_file (
    storage_key varchar(64) primary key,
    content     bytea       not null,
    stored_at   timestamp(6) with time zone not null
);
