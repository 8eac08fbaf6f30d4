op.add_column("order", sa.Column("select", sa.Integer()))
