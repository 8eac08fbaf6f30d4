await op.addColumn(
  "account",
  sa.Column(
    "owner_id",
    sa.BigInteger(),
    sa.ForeignKey("owner.id", { ondelete: "CASCADE" }),
    { nullable: false, serverDefault: "1", comment: "owning user", index: true },
  ),
);
