-- The security log is append-only: the database itself refuses to change or delete an entry.
create function security_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'security_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger security_event_append_only before update or delete on security_event
    for each row execute function security_event_is_append_only();
