await op.execute("UPDATE account SET name = name || '%' WHERE name LIKE 'a%'");
