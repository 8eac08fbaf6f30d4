op.add_column("account", sa.Column("a", sa.Integer()))
op.add_column("account", sa.Column("b", sa.String(5)))
