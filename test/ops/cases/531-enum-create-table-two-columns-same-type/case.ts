const mood = sa.Enum("happy", "sad", { name: "mood" });
await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("mood_now", mood),
  sa.Column("mood_before", mood),
);
