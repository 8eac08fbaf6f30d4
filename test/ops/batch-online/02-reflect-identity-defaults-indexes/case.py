with op.batch_alter_table("item", recreate="always") as batch_op:
    batch_op.alter_column("qty", nullable=False, server_default="1")
    batch_op.create_index("ix_item_uid", ["uid"])
    batch_op.drop_index("ix_item_label_qty")
