await op.createUniqueConstraint("uq order", "user", ["order", "Name"]);
