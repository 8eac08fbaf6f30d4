await op.createIndex("ix_person_name", "person", [sa.text("coalesce(nick, name)"), "id"]);
