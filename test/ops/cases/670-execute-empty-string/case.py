op.execute("")
