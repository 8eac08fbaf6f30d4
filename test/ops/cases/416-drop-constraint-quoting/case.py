op.drop_constraint("FK Order User", "order", type_="foreignkey", schema="Sales")
