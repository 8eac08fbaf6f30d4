await op.createExcludeConstraint("ex_a", "t", ["a", "="]);
