op.create_table(
    "account",
    sa.Column("id", sa.INTEGER(), server_default=sa.text("nextval('account_id_seq'::regclass)"), autoincrement=True, nullable=False),
    sa.Column("email", sa.VARCHAR(length=255), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint("id", name="account_pkey"),
    sa.UniqueConstraint("email", name="account_email_key"),
    postgresql_ignore_search_path=False,
)
