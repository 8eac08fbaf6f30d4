op.create_table(
    "a",
    sa.Column("tenant_id", sa.Integer(), nullable=False),
    sa.Column("id", sa.BigInteger(), nullable=False, autoincrement=True),
    sa.PrimaryKeyConstraint("tenant_id", "id"),
)
op.create_table(
    "b",
    sa.Column("tenant_id", sa.Integer(), sa.ForeignKey("tenants.id"), primary_key=True, autoincrement=True),
    sa.Column("id", sa.SmallInteger(), primary_key=True),
)
