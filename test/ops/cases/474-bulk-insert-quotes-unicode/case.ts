const accounts = sa.table("account", sa.column("name", sa.String()));
await op.bulkInsert(
  accounts,
  [{ name: "O'Brien" }, { name: "Zoë" }, { name: "line\nbreak" }, { name: "back\\slash" }],
);
