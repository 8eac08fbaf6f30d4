await op.execute(sa.text("UPDATE t SET s = '\\:name'"));
