await op.execute("");
