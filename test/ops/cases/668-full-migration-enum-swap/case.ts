await op.execute("ALTER TYPE mood RENAME TO mood_old");
await postgresql.ENUM("happy", "sad", "meh", { name: "mood" }).create(op.getBind());
await op.alterColumn(
  "account",
  "mood",
  {
    type_: postgresql.ENUM("happy", "sad", "meh", { name: "mood", createType: false }),
    existingType: postgresql.ENUM("happy", "sad", { name: "mood_old", createType: false }),
    postgresqlUsing: "mood::text::mood",
  },
);
await postgresql.ENUM({ name: "mood_old" }).drop(op.getBind());
