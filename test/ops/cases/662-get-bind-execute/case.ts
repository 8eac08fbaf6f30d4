await op.getBind().execute(sa.text("UPDATE account SET x = 1"));
