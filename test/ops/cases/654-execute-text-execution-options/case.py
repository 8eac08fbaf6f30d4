op.execute(sa.text("SELECT 1").execution_options(autocommit=True))
