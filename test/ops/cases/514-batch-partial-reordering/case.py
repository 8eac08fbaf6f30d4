with op.batch_alter_table("account", partial_reordering=[("id", "name")]) as batch_op:
    batch_op.add_column(sa.Column("z", sa.Integer()))
