await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("email", sa.String(200)),
  sa.PrimaryKeyConstraint("id", { name: op.f("pk_account") }),
  sa.UniqueConstraint("email", { name: op.f("uq_account_email") }),
);
