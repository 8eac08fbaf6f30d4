await op.createTable(
  "reservation",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("room", sa.Integer(), { nullable: false }),
  sa.Column("during", postgresql.TSRANGE()),
  sa.Column("cancelled", sa.Boolean()),
  postgresql.ExcludeConstraint(
    ["room", "="],
    ["during", "&&"],
    { using: "gist", where: sa.text("NOT cancelled"), name: "no_overlap_active", deferrable: true },
  ),
);
