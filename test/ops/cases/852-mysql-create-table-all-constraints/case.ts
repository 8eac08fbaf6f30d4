await op.createTable(
  "post",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column(
    "account_id",
    sa.Integer(),
    sa.ForeignKey("account.id", { name: "fk_post_account", ondelete: "CASCADE" }),
  ),
  sa.Column("slug", sa.String(80), { nullable: false, unique: true }),
  sa.Column("score", sa.Integer(), { serverDefault: "0" }),
  sa.CheckConstraint("score >= 0", { name: "ck_post_score" }),
  sa.Index("ix_post_score", "score"),
  { mysqlEngine: "InnoDB" },
);
