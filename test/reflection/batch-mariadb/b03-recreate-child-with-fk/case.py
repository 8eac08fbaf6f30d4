with op.batch_alter_table("child", recreate="always") as batch_op:
    batch_op.add_column(sa.Column("note", sa.String(10)))
