await op.createUniqueConstraint("uq_t_x", "t", ["x"], { postgresqlInclude: ["y"] });
