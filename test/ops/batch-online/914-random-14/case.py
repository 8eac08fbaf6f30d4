with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.drop_column("note0")
    batch_op.add_column(sa.Column("new1", sa.Integer()))
