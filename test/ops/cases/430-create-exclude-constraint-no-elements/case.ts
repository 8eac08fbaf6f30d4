await op.createExcludeConstraint("ex_t", "t", { using: "gist" });
