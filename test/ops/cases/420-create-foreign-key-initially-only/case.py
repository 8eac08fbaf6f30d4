op.create_foreign_key("fk_a_b", "a", "b", ["b_id"], ["id"], initially="DEFERRED")
