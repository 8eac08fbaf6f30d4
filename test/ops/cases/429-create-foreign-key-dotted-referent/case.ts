await op.createForeignKey("fk_t_u", "t", "auth.user", ["u_id"], ["id"]);
