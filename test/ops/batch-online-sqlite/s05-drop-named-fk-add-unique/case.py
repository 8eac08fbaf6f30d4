with op.batch_alter_table("account") as batch_op:
    batch_op.drop_constraint("fk_account_parent", type_="foreignkey")
    batch_op.create_unique_constraint("uq_account_name", ["name"])
    batch_op.create_check_constraint("ck_account_name", sa.text("length(name) > 0"))
