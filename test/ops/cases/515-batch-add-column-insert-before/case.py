with op.batch_alter_table("account") as batch_op:
    batch_op.add_column(sa.Column("z", sa.Integer()), insert_before="name")
