op.get_bind().execute(sa.text("UPDATE account SET x = 1"))
