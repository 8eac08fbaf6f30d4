op.add_column("t", sa.Column("c", sa.Text(collation="en_US")))
