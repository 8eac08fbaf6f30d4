with op.batch_alter_table("person", recreate="always") as batch_op:
    batch_op.add_column(sa.Column("age", sa.Integer()))
