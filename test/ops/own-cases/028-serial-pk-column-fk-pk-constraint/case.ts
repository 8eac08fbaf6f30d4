await op.createTable(
  "challenge_details",
  sa.Column("id", sa.Integer(), sa.ForeignKey("challenges.id"), { nullable: false }),
  sa.Column("details", sa.Text()),
  sa.PrimaryKeyConstraint("id", { name: "pk_challenge_details" }),
);
