bind = op.get_bind()
if bind.engine.name == "mysql":
    op.drop_index("ix_a", table_name="t")
if bind.dialect.name == "postgresql":
    op.create_index("ix_b", "t", ["b"])
