with op.batch_alter_table("account", recreate="always") as batch_op:
    batch_op.drop_column("legacy")
    batch_op.alter_column("name", new_column_name="full_name", existing_type=sa.String(50))
    batch_op.add_column(sa.Column("x", sa.Integer()))
