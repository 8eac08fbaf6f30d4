op.add_column("account", sa.Column("mood", sa.Enum("happy", "sad", name="mood"), nullable=True))
