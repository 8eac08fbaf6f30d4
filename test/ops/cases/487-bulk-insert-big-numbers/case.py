t = sa.table("t", sa.column("big", sa.BigInteger()), sa.column("f", sa.Float()))
op.bulk_insert(t, [{"big": 9007199254740991, "f": 1e-05}, {"big": -1, "f": 12345.678}])
