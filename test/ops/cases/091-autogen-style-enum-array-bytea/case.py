op.create_table(
    "blob",
    sa.Column("id", sa.INTEGER(), autoincrement=True, nullable=False),
    sa.Column("kind", postgresql.ENUM("small", "large", name="blob_kind"), autoincrement=False, nullable=False),
    sa.Column("tags", postgresql.ARRAY(sa.TEXT()), autoincrement=False, nullable=True),
    sa.Column("payload", postgresql.BYTEA(), autoincrement=False, nullable=True),
    sa.Column("flag", sa.BOOLEAN(), server_default=sa.text("false"), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint("id", name="blob_pkey"),
)
