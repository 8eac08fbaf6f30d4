op.drop_constraint("fk_address_user", "address", type_="foreignkey")
