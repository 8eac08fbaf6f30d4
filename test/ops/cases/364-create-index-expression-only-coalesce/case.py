op.create_index("ix_person_name", "person", [sa.text("coalesce(nick, name)"), "id"])
