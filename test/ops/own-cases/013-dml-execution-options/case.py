t = sa.table("t", sa.column("a", sa.Integer()))
op.execute(t.update().values(a=1).execution_options(synchronize_session=False))
op.execute(sa.text("SELECT 1").execution_options(autocommit=True))
