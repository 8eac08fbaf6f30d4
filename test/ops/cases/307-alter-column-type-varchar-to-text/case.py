op.alter_column("account", "bio", type_=sa.Text(), existing_type=sa.String(500), existing_nullable=True)
