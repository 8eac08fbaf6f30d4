op.alter_column("account", "mood", type_=sa.Enum("happy", "sad", name="mood"), existing_nullable=True)
