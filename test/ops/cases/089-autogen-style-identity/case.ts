await op.createTable(
  "event",
  sa.Column(
    "id",
    sa.BIGINT(),
    sa.Identity({
      always: false,
      start: 1,
      increment: 1,
      minvalue: 1,
      maxvalue: 9223372036854775807n,
      cycle: false,
      cache: 1,
    }),
    { autoincrement: true, nullable: false },
  ),
  sa.Column(
    "at",
    postgresql.TIMESTAMP({ timezone: true }),
    { autoincrement: false, nullable: true },
  ),
  sa.PrimaryKeyConstraint("id", { name: "event_pkey" }),
);
