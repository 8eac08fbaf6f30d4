await op.createTable(
  "address",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("user_id", sa.Integer(), { nullable: false }),
  sa.ForeignKeyConstraint(
    ["user_id"],
    ["user.id"],
    {
      name: "fk_address_user",
      ondelete: "CASCADE",
      onupdate: "SET NULL",
      deferrable: true,
      initially: "DEFERRED",
    },
  ),
);
