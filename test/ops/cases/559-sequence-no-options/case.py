sa.Sequence("s", nominvalue=True, nomaxvalue=True).create(op.get_bind())
