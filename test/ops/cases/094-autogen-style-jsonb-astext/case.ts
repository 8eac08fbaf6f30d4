await op.addColumn(
  "doc",
  sa.Column("body", postgresql.JSONB({ astextType: sa.Text() }), { nullable: true }),
);
