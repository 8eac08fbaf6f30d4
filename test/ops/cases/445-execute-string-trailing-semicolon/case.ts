await op.execute("DELETE FROM session;");
