op.add_column("t", sa.Column("c", sa.Enum("a", "b", name="ab", native_enum=False, create_constraint=True)))
