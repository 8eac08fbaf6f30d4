await op.createTable(
  "reservation",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("room", sa.Integer(), { nullable: false }),
  sa.Column("during", postgresql.TSRANGE()),
  postgresql.ExcludeConstraint(
    ["room", "="],
    ["during", "&&"],
    { using: "gist", name: "no_overlap" },
  ),
);
