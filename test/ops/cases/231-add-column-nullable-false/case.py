op.add_column("account", sa.Column("age", sa.Integer(), nullable=False))
