await op.addColumn(
  "doc",
  sa.Column("meta", postgresql.JSON({ noneAsNull: true, astextType: sa.Text() })),
);
