op.add_column("t", sa.Column("c", sa.Float(precision=10, asdecimal=True)))
