op.add_column("t", sa.Column("c", sa.Enum("x", "y", name="xy", schema="other")))
