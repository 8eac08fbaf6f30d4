op.add_column("t", sa.Column("c", sa.Numeric(8, 3, asdecimal=False)))
