await op.createTable(
  "t",
  sa.Column("data", sa.JSON(), { serverDefault: sa.text("'{}'") }),
  sa.Column("span", sa.Interval(), { serverDefault: "1 day" }),
  sa.Column("ratio", sa.Float(), { serverDefault: sa.text("0.5") }),
);
