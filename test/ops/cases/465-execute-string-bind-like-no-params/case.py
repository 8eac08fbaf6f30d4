op.execute("UPDATE t SET s = ':name'")
