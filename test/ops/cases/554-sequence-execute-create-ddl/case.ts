await op.execute(sa.schema.CreateSequence(sa.Sequence("s1", { start: 5 })));
