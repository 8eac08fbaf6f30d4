await op.createTable(
  "booking",
  sa.Column("id", sa.INTEGER(), { autoincrement: true, nullable: false }),
  sa.Column("room", sa.INTEGER(), { autoincrement: false, nullable: false }),
  sa.Column("during", postgresql.TSTZRANGE(), { autoincrement: false, nullable: true }),
  postgresql.ExcludeConstraint(
    [sa.column("room"), "="],
    [sa.column("during"), "&&"],
    { using: "gist", name: "booking_no_overlap" },
  ),
  sa.PrimaryKeyConstraint("id", { name: "booking_pkey" }),
);
