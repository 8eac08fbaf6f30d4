op.add_column("t", sa.Column("c", sa.LargeBinary(length=100)))
