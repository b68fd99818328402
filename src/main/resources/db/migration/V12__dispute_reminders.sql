-- Reminders of a dispute's coming deadline, each sent once (even with two servers).
create table dispute_reminder (
    dispute_id  bigint       not null references dispute (id),
    deadline    varchar(16)  not null check (deadline in ('ACKNOWLEDGE', 'RESOLVE')),
    due_on      date         not null,
    sent_at     timestamp(6) with time zone not null,
    primary key (dispute_id, deadline, due_on)
);
