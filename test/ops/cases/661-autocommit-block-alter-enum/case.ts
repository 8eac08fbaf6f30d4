await op.addColumn("account", sa.Column("x", sa.Integer()));
await op.getContext().autocommitBlock(async () => {
  await op.execute("ALTER TYPE mood ADD VALUE 'ecstatic'");
});
await op.dropColumn("account", "y");
