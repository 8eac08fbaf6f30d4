with op.batch_alter_table("account", recreate="always") as batch_op:
    batch_op.add_column(sa.Column("x", sa.Integer()))
