await op.createPrimaryKey("pk_membership", "membership", ["user_id", "group_id"]);
