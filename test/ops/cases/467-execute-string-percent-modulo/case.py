op.execute("UPDATE t SET x = y % 7")
