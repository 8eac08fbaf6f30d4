op.add_column("t", sa.Column("c", sa.Enum("a", "b")))
