await op.execute("VACUUM account", { executionOptions: { autocommit: true } });
