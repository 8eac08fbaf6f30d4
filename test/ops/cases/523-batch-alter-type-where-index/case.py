with op.batch_alter_table("t") as batch_op:
    batch_op.alter_column("x", type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=False)
    batch_op.create_index("ix_t_x_pos", ["x"], postgresql_where=sa.text("x > 0"))
