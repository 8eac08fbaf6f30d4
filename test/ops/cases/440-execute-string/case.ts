await op.execute("UPDATE account SET status = 'active' WHERE status IS NULL");
