op.alter_column("T", "C", nullable=True, new_column_name="D", schema="S", existing_type=sa.Integer())
