await op.execute(sa.select(
  sa.func.NOW(),
  sa.func.Max(sa.column("a")),
  sa.func.Current_Timestamp(),
  sa.func.random(),
  sa.func.sysdate(),
  sa.func.current_timestamp(3),
  sa.func.grouping_sets(sa.column("a")),
));
await op.addColumn("t", sa.Column("c", sa.DateTime(), { serverDefault: sa.func.NOW() }));
