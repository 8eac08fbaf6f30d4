await op.execute(sa.text("UPDATE account SET status = 'closed' WHERE age > 100"));
