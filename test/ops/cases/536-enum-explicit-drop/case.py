postgresql.ENUM("new", "closed", name="ticket_status").drop(op.get_bind())
