op.create_exclude_constraint("EX Room", "Booking", ("RoomId", "="), ("during", "&&"), using="gist", schema="Hotel")
