with op.batch_alter_table("address") as batch_op:
    batch_op.create_foreign_key("fk_address_user", "user", ["user_id"], ["id"], ondelete="CASCADE")
    batch_op.create_check_constraint("ck_address_zip", "length(zip) = 5")
    batch_op.create_primary_key("pk_address", ["id"])
    batch_op.drop_constraint("uq_old", type_="unique")
