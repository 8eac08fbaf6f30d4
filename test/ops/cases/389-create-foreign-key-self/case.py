op.create_foreign_key("fk_node_parent", "node", "node", ["parent_id"], ["id"])
