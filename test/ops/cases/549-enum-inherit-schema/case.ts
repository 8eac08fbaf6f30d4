await op.createTable(
  "t",
  sa.Column("v", sa.Enum("a", "b", { name: "ab", inheritSchema: true })),
  { schema: "app" },
);
