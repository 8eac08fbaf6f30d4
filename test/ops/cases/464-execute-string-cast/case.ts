await op.execute("UPDATE t SET d = created::date");
