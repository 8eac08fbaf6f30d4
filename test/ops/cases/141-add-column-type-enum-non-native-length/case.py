op.add_column("t", sa.Column("c", sa.Enum("a", "bb", native_enum=False, length=10)))
