with op.batch_alter_table("account", recreate="never") as batch_op:
    batch_op.add_column(sa.Column("x", sa.Integer()))
