await op.execute(sa.DDL("ALTER TABLE account OWNER TO admin"));
