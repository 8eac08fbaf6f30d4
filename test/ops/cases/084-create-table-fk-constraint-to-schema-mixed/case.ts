await op.createTable(
  "t",
  sa.Column("x", sa.Integer()),
  sa.Column("y", sa.Integer()),
  sa.ForeignKeyConstraint(
    ["x", "y"],
    ["Other.Parent.X", "Other.Parent.Y"],
    { name: "FK_T_Parent", onupdate: "CASCADE" },
  ),
);
