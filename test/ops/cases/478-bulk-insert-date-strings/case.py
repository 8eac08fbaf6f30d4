events = sa.table(
    "event",
    sa.column("d", sa.Date()),
    sa.column("ts", sa.DateTime()),
    sa.column("tm", sa.Time()),
)
op.bulk_insert(events, [{"d": "2020-01-31", "ts": "2020-01-31 12:30:00", "tm": "12:30:00"}])
