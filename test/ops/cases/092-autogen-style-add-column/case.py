op.add_column("account", sa.Column("nick", sa.VARCHAR(length=30), autoincrement=False, nullable=True))
