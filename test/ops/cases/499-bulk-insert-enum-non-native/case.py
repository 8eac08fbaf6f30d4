t = sa.table("t", sa.column("e", sa.Enum("a", "b", name="e", native_enum=False)))
op.bulk_insert(t, [{"e": "a"}])
