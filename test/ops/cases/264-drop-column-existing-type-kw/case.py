op.drop_column("account", "mood", existing_type=sa.Enum("happy", "sad", name="mood"))
