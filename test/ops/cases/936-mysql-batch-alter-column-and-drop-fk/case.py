with op.batch_alter_table("post") as batch_op:
    batch_op.alter_column("title", nullable=False, existing_type=sa.String(100))
    batch_op.alter_column("body", new_column_name="content", existing_type=sa.Text())
    batch_op.drop_constraint("fk_post_account", type_="foreignkey")
    batch_op.create_index("ix_post_title", ["title"], mysql_length=10)
