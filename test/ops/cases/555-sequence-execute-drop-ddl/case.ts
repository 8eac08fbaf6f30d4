await op.execute(sa.schema.DropSequence(sa.Sequence("s1")));
