await op.createTable(
  "person",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("email", sa.String(255), { nullable: false }),
  sa.Column("tenant", sa.Integer(), { nullable: false }),
  sa.UniqueConstraint("email"),
  sa.UniqueConstraint("tenant", "email", { name: "uq_person_tenant_email" }),
);
