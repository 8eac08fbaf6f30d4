await op.getContext().autocommitBlock(async () => {
  await op.createIndex("ix_account_name", "account", ["name"], { postgresqlConcurrently: true });
});
