op.alter_column("job", "timeout", type_=sa.Interval(), existing_type=sa.Integer(), postgresql_using="timeout * interval '1 second'")
