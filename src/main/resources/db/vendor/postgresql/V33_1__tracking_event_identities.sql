-- The identities of tracking events (organisation, source system, sender's event id) in a table of their own, the
-- first step towards events partitioned by month (V33_2): a unique constraint on a partitioned table must contain the
-- partition key, and a sender's event id must stay unique whatever time it is sent with. From this release on the
-- ingestion's merge (PostgresTrackingEventStore) writes an event only when its identity was new here; the unique
-- constraint tracking_event_sender_uk stays on the unpartitioned table meanwhile, so that the previous release, which
-- relies on it while an upgrade rolls, keeps working. This table keeps the identities of archived months too, so that
-- an archived event sent again is still a duplicate.
create table tracking_event_sender (
    organisation_id  bigint       not null,
    source_system    varchar(40)  not null,
    sender_event_id  varchar(100) not null,
    constraint tracking_event_sender_pk primary key (organisation_id, source_system, sender_event_id)
);
insert into tracking_event_sender (organisation_id, source_system, sender_event_id)
select organisation_id, source_system, sender_event_id from tracking_event;
analyze tracking_event_sender;
