sa.Enum("a", "b", name="ab").create(op.get_bind())
