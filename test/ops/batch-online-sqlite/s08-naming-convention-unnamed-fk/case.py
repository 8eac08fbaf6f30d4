with op.batch_alter_table(
    "account", naming_convention={"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
) as batch_op:
    batch_op.drop_constraint("fk_account_parent_id_parent", type_="foreignkey")
