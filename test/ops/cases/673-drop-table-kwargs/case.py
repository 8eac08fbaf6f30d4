op.drop_table("t", schema="s", postgresql_inherits="x")
