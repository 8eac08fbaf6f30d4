await op.createTable(
  "account",
  sa.Column("id", sa.INTEGER(), { autoincrement: true, nullable: false }),
  sa.Column("name", sa.VARCHAR({ length: 50 }), { autoincrement: false, nullable: true }),
  sa.Column(
    "created",
    postgresql.TIMESTAMP(),
    { serverDefault: sa.text("now()"), autoincrement: false, nullable: false },
  ),
  sa.Column(
    "balance",
    sa.NUMERIC({ precision: 12, scale: 2 }),
    { autoincrement: false, nullable: true },
  ),
  sa.Column(
    "score",
    postgresql.DOUBLE_PRECISION({ precision: 53 }),
    { autoincrement: false, nullable: true },
  ),
  sa.Column(
    "data",
    postgresql.JSONB({ astextType: sa.Text() }),
    { autoincrement: false, nullable: true },
  ),
  sa.PrimaryKeyConstraint("id", { name: "account_pkey" }),
);
