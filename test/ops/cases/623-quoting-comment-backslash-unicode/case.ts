await op.createTable(
  "t",
  sa.Column("c", sa.Integer(), { comment: "back\\slash ünïcode" }),
  { comment: "tab\tand 100%" },
);
