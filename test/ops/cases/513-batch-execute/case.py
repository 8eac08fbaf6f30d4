with op.batch_alter_table("account") as batch_op:
    batch_op.execute("UPDATE account SET x = 1")
