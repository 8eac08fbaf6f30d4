op.execute("UPDATE a SET x = 1; UPDATE b SET y = 2")
