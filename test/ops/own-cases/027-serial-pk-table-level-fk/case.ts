await op.createTable(
  "challenges",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable(
  "challenge_details",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("details", sa.Text(), { nullable: true }),
  sa.ForeignKeyConstraint(["id"], ["challenges.id"]),
  sa.PrimaryKeyConstraint("id"),
);
