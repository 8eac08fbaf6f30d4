op.execute(sa.select(sa.literal("5"), sa.cast(sa.literal("5"), sa.Integer()), sa.cast(sa.column("a"), sa.String()), sa.true(), sa.bindparam("x", 5)))
op.execute(sa.select(sa.func.count(), sa.func.count(), sa.func.max(sa.column("a")), sa.cast(sa.func.max(sa.column("b")), sa.Integer()), sa.func.myFunc(1)))
