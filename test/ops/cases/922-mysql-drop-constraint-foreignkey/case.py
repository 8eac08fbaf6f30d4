op.drop_constraint("fk_post_account", "post", type_="foreignkey")
