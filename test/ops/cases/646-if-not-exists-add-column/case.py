op.add_column("account", sa.Column("age", sa.Integer()), if_not_exists=True)
