postgresql.ENUM("a", "b", name="ab", schema="other").create(op.get_bind())
