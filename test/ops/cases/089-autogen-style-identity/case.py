op.create_table(
    "event",
    sa.Column(
        "id",
        sa.BIGINT(),
        sa.Identity(always=False, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1),
        autoincrement=True,
        nullable=False,
    ),
    sa.Column("at", postgresql.TIMESTAMP(timezone=True), autoincrement=False, nullable=True),
    sa.PrimaryKeyConstraint("id", name="event_pkey"),
)
