op.execute("DELETE FROM session;")
