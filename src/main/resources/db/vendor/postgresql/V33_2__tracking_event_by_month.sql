-- Tracking events partitioned by the month they occurred in (UTC), so that a history of hundreds of millions of
-- events stays a set of tables of a month each: a month's scan reads its own partition, and an old month can be
-- detached and archived (docs/operations.md) without rewriting the rest. Events outside every month's partition
-- (the far past, the far future) wait in a default partition until their month gets one.
--
-- The table is replaced whole, under its name and with every column: the release before this one (V33_1) already
-- writes events by their identities in tracking_event_sender and needs no unique constraint on the events, which a
-- partitioned table could only have with the partition key in it. Identities of events the release before that one
-- wrote while the previous upgrade rolled are added first: those received since V33_1 ran (with a day's margin for
-- the servers' clocks; every event when Flyway's history is not there to say).
do $$
declare
    since timestamptz;
begin
    if to_regclass('flyway_schema_history') is not null then
        select installed_on - interval '1 day' into since from flyway_schema_history where version = '33.1';
    end if;
    insert into tracking_event_sender (organisation_id, source_system, sender_event_id)
    select organisation_id, source_system, sender_event_id from tracking_event
     where received_at >= coalesce(since, '-infinity')
    on conflict do nothing;
end $$;

create table tracking_event_by_month (
    id               bigint       not null,
    shipment_id      bigint       not null,
    organisation_id  bigint       not null,
    status_code      varchar(2)   not null,
    reason_code      varchar(2),
    occurred_at      timestamp(6) with time zone not null,
    zone             varchar(40)  not null,
    location         varchar(100),
    source_system    varchar(40)  not null,
    sender_event_id  varchar(100) not null,
    received_at      timestamp(6) with time zone not null,
    reported_by_kind varchar(16),
    reported_by_id   bigint,
    reported_side    varchar(8),
    constraint tracking_event_by_month_pk primary key (id, occurred_at)
) partition by range (occurred_at);
create table tracking_event_default partition of tracking_event_by_month default;

-- The partition of the month that contains the given day (UTC), created if missing: the events of that month waiting
-- in the default partition move into it, and a check constraint matching its bounds lets the attachment skip scanning
-- it. Returns the new partition's name, or null if the month had one. Called by this migration and, for the months
-- ahead, by the housekeeping job (TrackingEventPartitions).
create function tracking_event_month(day date) returns text language plpgsql as $$
declare
    first_day date := date_trunc('month', day)::date;
    lower_bound timestamptz := first_day::timestamp at time zone 'UTC';
    upper_bound timestamptz := (first_day + interval '1 month')::timestamp at time zone 'UTC';
    partition text := format('tracking_event_y%sm%s', to_char(first_day, 'YYYY'), to_char(first_day, 'MM'));
begin
    if to_regclass(partition) is not null then
        return null;
    end if;
    -- no event reaches the default partition between the move and the attachment, which would then fail
    lock table tracking_event_default in exclusive mode;
    execute format('create table %I (like tracking_event including defaults including constraints)', partition);
    execute format('alter table %I add constraint %I check (occurred_at >= %L and occurred_at < %L)',
                   partition, partition || '_range', lower_bound, upper_bound);
    execute format('with moved as (delete from tracking_event_default where occurred_at >= %L and occurred_at < %L'
                   || ' returning *) insert into %I select * from moved', lower_bound, upper_bound, partition);
    execute format('alter table tracking_event attach partition %I for values from (%L) to (%L)',
                   partition, lower_bound, upper_bound);
    return partition;
end $$;

-- A partition for each month the stored events occurred in (within the last ten years: a stray older event waits in
-- the default partition rather than conjuring up empty months), for the current month and three ahead; then the
-- events themselves.
alter table tracking_event rename to tracking_event_unpartitioned;
alter table tracking_event_by_month rename to tracking_event;
select tracking_event_month(month::date)
  from (select distinct date_trunc('month', occurred_at at time zone 'UTC') as month
          from tracking_event_unpartitioned
         where occurred_at >= now() - interval '10 years'
        union
        select generate_series(date_trunc('month', now() at time zone 'UTC'),
                               date_trunc('month', now() at time zone 'UTC') + interval '3 months',
                               interval '1 month')) as months
 order by month;
insert into tracking_event (id, shipment_id, organisation_id, status_code, reason_code, occurred_at, zone, location,
                            source_system, sender_event_id, received_at, reported_by_kind, reported_by_id,
                            reported_side)
select id, shipment_id, organisation_id, status_code, reason_code, occurred_at, zone, location, source_system,
       sender_event_id, received_at, reported_by_kind, reported_by_id, reported_side
  from tracking_event_unpartitioned;
drop table tracking_event_unpartitioned;
alter table tracking_event rename constraint tracking_event_by_month_pk to tracking_event_pk;
-- the foreign key once the events are in: checked by one join per partition rather than row by row while copying
-- (measured by bench/partitioning.sh)
alter table tracking_event add constraint tracking_event_shipment_fk foreign key (shipment_id) references shipment (id);

-- The indexes of the unpartitioned table, on every partition (PostgreSQL creates them on each one, now and when a
-- month is attached later): a shipment's events, and time ranges by when they occurred and when they were received.
create index tracking_event_shipment_ix on tracking_event (shipment_id, occurred_at, id);
create index tracking_event_occurred_brin on tracking_event using brin (occurred_at);
create index tracking_event_received_brin on tracking_event using brin (received_at);
analyze tracking_event;
