op.create_table(
    "account",
    sa.Column("id", sa.INTEGER(), autoincrement=True, nullable=False),
    sa.Column("name", sa.VARCHAR(length=50), autoincrement=False, nullable=True),
    sa.Column("created", postgresql.TIMESTAMP(), server_default=sa.text("now()"), autoincrement=False, nullable=False),
    sa.Column("balance", sa.NUMERIC(precision=12, scale=2), autoincrement=False, nullable=True),
    sa.Column("score", postgresql.DOUBLE_PRECISION(precision=53), autoincrement=False, nullable=True),
    sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), autoincrement=False, nullable=True),
    sa.PrimaryKeyConstraint("id", name="account_pkey"),
)
