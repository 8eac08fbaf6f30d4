with op.batch_alter_table("reservation") as batch_op:
    batch_op.create_exclude_constraint("no_overlap", ("during", "&&"), using="gist")
