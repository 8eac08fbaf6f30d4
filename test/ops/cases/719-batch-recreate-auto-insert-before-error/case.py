with op.batch_alter_table("t") as batch_op:
    batch_op.add_column(sa.Column("a", sa.Integer()), insert_before="b")
