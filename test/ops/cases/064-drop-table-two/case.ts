await op.dropTable("book");
await op.dropTable("author");
