postgresql.ENUM("x", name="just_x").create(op.get_bind(), checkfirst=False)
