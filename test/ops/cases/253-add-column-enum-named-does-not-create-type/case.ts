await op.addColumn(
  "account",
  sa.Column("mood", sa.Enum("happy", "sad", { name: "mood" }), { nullable: true }),
);
