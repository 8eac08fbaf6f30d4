await op.createForeignKey(null, "address", "user", ["user_id"], ["id"]);
