with op.batch_alter_table("Member", schema="app", recreate="always", partial_reordering=[("b", "order")]) as batch_op:
    batch_op.add_column(sa.Column("a", sa.String(5)), insert_before="b")
    batch_op.create_unique_constraint("uq_member_org_order", ["org_id", "order"])
