op.add_column("t", sa.Column("flag", sa.Boolean(), nullable=False, server_default=sa.sql.false()))
