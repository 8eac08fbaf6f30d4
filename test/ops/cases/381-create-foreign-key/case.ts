await op.createForeignKey("fk_address_user", "address", "user", ["user_id"], ["id"]);
