with op.batch_alter_table("account") as batch_op:
    batch_op.alter_column("age", type_=sa.Integer(), existing_type=sa.String(5), postgresql_using="age::integer")
