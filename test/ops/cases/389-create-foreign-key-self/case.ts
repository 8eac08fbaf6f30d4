await op.createForeignKey("fk_node_parent", "node", "node", ["parent_id"], ["id"]);
