await op.execute(sa.text("SELECT '10\\:30'"));
