with op.batch_alter_table("gadget", recreate="always", reflect_args=[sa.Column("qty", sa.Integer())]) as batch_op:
    batch_op.alter_column("label", type_=sa.String(60), existing_type=sa.String(40))
