await op.createTable(
  "user",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("email", sa.String({ length: 255 }), { nullable: false }),
  sa.Column(
    "created_at",
    sa.DateTime({ timezone: true }),
    { serverDefault: sa.text("now()"), nullable: false },
  ),
  sa.PrimaryKeyConstraint("id"),
);
await op.createIndex(op.f("ix_user_email"), "user", ["email"], { unique: true });
await op.createTable(
  "post",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("user_id", sa.Integer(), { nullable: false }),
  sa.Column("title", sa.String({ length: 200 }), { nullable: false }),
  sa.Column("body", sa.Text(), { nullable: true }),
  sa.ForeignKeyConstraint(["user_id"], ["user.id"], { ondelete: "CASCADE" }),
  sa.PrimaryKeyConstraint("id"),
);
await op.createIndex(op.f("ix_post_user_id"), "post", ["user_id"], { unique: false });
