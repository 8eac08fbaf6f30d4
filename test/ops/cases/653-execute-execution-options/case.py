op.execute("VACUUM account", execution_options={"autocommit": True})
