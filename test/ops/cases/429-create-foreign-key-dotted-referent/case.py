op.create_foreign_key("fk_t_u", "t", "auth.user", ["u_id"], ["id"])
