with op.batch_alter_table("account") as batch_op:
    batch_op.add_column(sa.Column("n", sa.Integer(), server_default=sa.text("(1 + 1)"), nullable=False))
