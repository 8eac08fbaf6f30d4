with op.batch_alter_table("account") as batch_op:
    batch_op.add_column(sa.Column("age", sa.Integer(), nullable=True))
