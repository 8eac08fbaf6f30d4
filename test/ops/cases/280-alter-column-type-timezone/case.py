op.alter_column("account", "created", type_=sa.DateTime(timezone=True), existing_type=sa.DateTime())
