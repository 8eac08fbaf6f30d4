op.alter_column("job", "ts", type_=postgresql.TIMESTAMP(timezone=True, precision=3), existing_type=sa.DateTime())
