await op.dropConstraint("fk_post_account", "post", { type_: "foreignkey" });
