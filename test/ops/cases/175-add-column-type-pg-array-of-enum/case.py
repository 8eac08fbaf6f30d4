op.add_column("t", sa.Column("c", postgresql.ARRAY(sa.Enum("r", "g", name="color"))))
