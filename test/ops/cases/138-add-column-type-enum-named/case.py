op.add_column("t", sa.Column("c", sa.Enum("happy", "sad", name="mood")))
