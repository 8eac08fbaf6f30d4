await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("mood", sa.Enum("happy", "sad", "meh", { name: "mood" }), { nullable: false }),
);
