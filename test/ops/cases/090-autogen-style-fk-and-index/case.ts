await op.createTable(
  "address",
  sa.Column("id", sa.INTEGER(), { autoincrement: true, nullable: false }),
  sa.Column("user_id", sa.INTEGER(), { autoincrement: false, nullable: true }),
  sa.ForeignKeyConstraint(
    ["user_id"],
    ["user.id"],
    { name: "address_user_id_fkey", ondelete: "CASCADE" },
  ),
  sa.PrimaryKeyConstraint("id", { name: "address_pkey" }),
);
await op.createIndex("ix_address_user_id", "address", ["user_id"], { unique: false });
