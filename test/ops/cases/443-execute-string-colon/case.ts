await op.execute("UPDATE account SET note = 'at 10:30' WHERE created < now()");
