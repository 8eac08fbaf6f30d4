op.add_column("account", sa.Column("status", sa.String(20), nullable=True))
account = sa.table("account", sa.column("status", sa.String()))
op.execute(account.update().values(status="active"))
op.alter_column("account", "status", nullable=False, existing_type=sa.String(20))
