sa.Sequence("small_seq", data_type=sa.SmallInteger()).create(op.get_bind())
