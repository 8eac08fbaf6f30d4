await op.createTable(
  "t",
  sa.Column(
    "p",
    sa.Integer(),
    sa.ForeignKey("parent.id", { deferrable: true, initially: "DEFERRED", match: "FULL" }),
  ),
);
