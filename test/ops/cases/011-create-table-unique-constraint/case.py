op.create_table(
    "person",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("email", sa.String(255), nullable=False),
    sa.Column("tenant", sa.Integer(), nullable=False),
    sa.UniqueConstraint("email"),
    sa.UniqueConstraint("tenant", "email", name="uq_person_tenant_email"),
)
